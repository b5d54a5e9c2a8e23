// A pattern is required after `let`.
fn f() { let = 1; }
