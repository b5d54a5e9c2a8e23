// The file ends inside a block.
fn f() {
    if x {
