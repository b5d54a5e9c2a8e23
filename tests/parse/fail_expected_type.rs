// A type is required after `=` in a type alias and after `:` in a let.
type A = ;
fn f() { let x: = 1; }
