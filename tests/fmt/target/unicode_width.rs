fn f() {
    t!(format!("foo {} ☃☃☃☃☃☃", "bar"), "foo bar ☃☃☃☃☃☃");
    assert_eq!("ประเทศไทย中华Việt Nam".find(|c: char| c == '华'), Some(30));
    assert_eq!(string.clone().into_string_lossy(), String::from("aé 💩�"));
    let s = some_function_name(
        argument_one,
        "中华人民共和国中华人民共和国中华人民共和国",
        x,
    );
}
