// A struct literal in an `if` condition needs parentheses.
fn f() {
    if x == S { a: 1 } {}
}
