fn main() {
    assert!(1 + 1 == 2);
    assert_eq!(2 * 3, 6);
    assert_ne!(1, 2, "one is not two");
    assert!(true, "never printed {}", 1);
    println!("all assertions passed");
}
