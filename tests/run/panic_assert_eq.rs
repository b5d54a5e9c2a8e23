fn main() {
    let a = 2 + 2;
    assert_eq!(a, 4);
    println!("first ok");
    assert_eq!(a, 5, "math is broken for {}", a);
}
