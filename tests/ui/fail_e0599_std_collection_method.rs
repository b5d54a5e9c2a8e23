// rustg-flags: --analyze
// A method std's HashMap does not have is E0599 on the collection written in Rust.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u32, u32> = HashMap::new();
    m.insert(1, 2);
    m.frobnicate(1);
}
