fn f() { let a = 'ab; let b = ''; let c = '\n; '_ ; 'static; r#'a; }
