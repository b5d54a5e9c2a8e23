// assert_eq! with a custom message shows the message then left/right.
fn main() {
    let name = String::from("rustg");
    assert_eq!(name.len(), 5);
    assert_eq!(&name[..4], "rust", "prefix of {}", name);
    println!("passed");
    assert_eq!(name.to_uppercase(), "RUSTC", "uppercase of {:?}", name);
}
