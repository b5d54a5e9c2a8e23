// Comparison operators do not associate.
fn f() -> bool { a < b < c }
