// rustg-flags: --syntax-only ui/does_not_exist.rs
// A file that cannot be read is reported like rustc does, and the other files are still checked.
fn main() {}
