// rustg-flags: --analyze
// The std subset's intrinsics exist only inside runtime/std: user code cannot call them.
use std::collections::HashMap;

fn main() {
    let m: HashMap<u32, u32> = HashMap::new();
    println!("{} {}", m.len(), __rustg_hash(&5u32));
}
