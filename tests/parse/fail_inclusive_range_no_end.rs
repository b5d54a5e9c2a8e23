// `..=` needs an end.
fn f() { let r = 1..=; }
