// A closing delimiter of the wrong kind.
fn f() { (1] }
