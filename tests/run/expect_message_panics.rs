// expect panics with the given message.
fn main() {
    let v: Vec<u32> = Vec::new();
    println!("start");
    let first = v.first().expect("vector should not be empty");
    println!("{}", first);
}
