fn is_sep(c: char) -> bool {
    c == ',' || c == ';'
}

fn main() {
    let s = "  42abc,def;gh99  ";
    let t = s.trim();
    println!("{:?}", t.find(char::is_alphabetic));
    println!("{:?}", t.rfind(|c: char| c.is_ascii_digit()));
    println!("{:?}", t.find(is_sep));
    println!("{}", t.contains(char::is_whitespace));
    println!("{}", t.starts_with(char::is_numeric));
    println!("{}", t.ends_with(|c| c == '9'));
    println!("{}", t.trim_start_matches(char::is_numeric));
    println!("{}", t.trim_end_matches(|c: char| c.is_ascii_digit()));
    println!("{}", "xxhixx".trim_matches(|c| c == 'x'));
    println!("{}", "123".trim_matches(char::is_numeric).is_empty());
    println!("{:?}", t.strip_prefix(|c: char| c == '4'));
    println!("{:?}", t.strip_suffix(char::is_alphabetic));
    println!("{:?}", t.split_once(is_sep));
    println!("{:?}", t.rsplit_once(is_sep));
    println!("{}", t.replace(is_sep, " | "));
    let chars = ['a', 'e', 'h'];
    println!("{:?}", t.find(&chars[..]));
    println!("{:?}", t.find(&chars));
    println!("{}", "hello".trim_matches(&['h', 'o'][..]));
    println!("{}", "hello".replace(&['l'][..], "L"));
    println!("{:?}", "a1b2c3".split(char::is_numeric).collect::<Vec<_>>());
    let owned = String::from("__x__");
    println!("{}", owned.trim_start_matches(|c| c == '_'));
    println!("{:?}", "ünïcödé".find(|c: char| !c.is_ascii()));
    println!("{:?}", "abc".find(char::is_uppercase));
}
