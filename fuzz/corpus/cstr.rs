fn f() { let a = c"hi"; let b = cr#"x"#; }
