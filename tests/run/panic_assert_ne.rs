fn main() {
    let s = "same";
    assert_ne!(s, "same");
}
