fn f() {
    let x = "a
b";
}
/// doc
