fn main() {
    let x = 3;
    assert!(x < 5);
    println!("first ok");
    assert!(x * 2 < 5);
}
