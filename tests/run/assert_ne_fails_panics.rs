// assert_ne! failure prints both sides.
fn main() {
    let a = (1, "x");
    let b = (2, "x");
    assert_ne!(a, b);
    println!("different");
    let c = (1, "x");
    assert_ne!(a, c);
}
