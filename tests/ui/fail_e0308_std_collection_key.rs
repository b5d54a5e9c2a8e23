// rustg-flags: --analyze
// A key of the wrong type for the map written in Rust is E0308, as with std's.
use std::collections::BTreeMap;

fn main() {
    let mut m: BTreeMap<u32, &str> = BTreeMap::new();
    m.insert("one", "1");
}
