// `...` is not a range operator in expressions.
fn f() { let r = 1...2; }
