fn f() { r#x; r#"abc"#; r######""#####; br"\xff"; }
