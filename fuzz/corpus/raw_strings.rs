fn f() { let a = r"x"; let b = r#"a "quoted" b"#; let c = br##"##"##; let d = r###""###; }
