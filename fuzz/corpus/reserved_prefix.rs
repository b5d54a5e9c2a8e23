fn f() { k#x; f"x"; z'a'; foo#bar; r#"ok"#; k"a"; b'x'y; br#'; }
