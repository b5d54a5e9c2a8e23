// Attributes at the end of a block have nothing to apply to.
fn f() {
    let x = 1;
    #[allow(unused)]
}
