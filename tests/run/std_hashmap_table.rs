// HashMap written in Rust (runtime/std/collections.rs): insert/get/entry/Index/remove, growth and backward-shift deletion over 1000 keys.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert("one".to_string(), 1);
    m.insert("two".to_string(), 2);
    println!("{:?}", m.insert("two".to_string(), 22));
    println!("{} {:?} {:?}", m.len(), m.get(&"two".to_string()), m.get(&"five".to_string()));
    let mut one: HashMap<&str, Vec<u8>> = HashMap::new();
    one.insert("k", vec![1, 2]);
    println!("{:?}", one);
    let mut c: HashMap<&str, usize> = HashMap::new();
    for w in ["a", "b", "a", "c", "a"] {
        *c.entry(w).or_insert(0) += 1;
    }
    println!("{} {} {}", c[&"a"], c[&"b"], c.contains_key(&"z"));
    println!("{:?} {:?}", c.remove(&"a"), c.remove(&"a"));
    let mut big: HashMap<u64, u64> = HashMap::new();
    for i in 0..1000 {
        big.insert(i, i * i);
    }
    for i in 0..500 {
        big.remove(&(i * 2));
    }
    let mut s = 0;
    for i in 0..1000 {
        if let Some(v) = big.get(&i) {
            s += *v;
        }
    }
    println!("{} {}", big.len(), s);
}
