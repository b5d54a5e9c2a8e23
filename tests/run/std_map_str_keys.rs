// String-keyed maps and sets looked up with &str keys (std's K: Borrow<str>): get, get_mut, remove, contains, Index.
use std::collections::{BTreeMap, HashMap, HashSet};

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert("one".to_string(), 1);
    m.insert("two".to_string(), 2);
    println!("{:?} {:?} {}", m.get("two"), m.get("five"), m.contains_key("one"));
    if let Some(v) = m.get_mut("two") {
        *v += 40;
    }
    println!("{:?} {:?} {}", m.remove("two"), m.remove("two"), m["one"]);
    let mut b: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    b.insert("k".to_string(), vec![1]);
    println!("{:?} {}", b.get("k"), b.contains_key("z"));
    let mut s: HashSet<String> = HashSet::new();
    s.insert("x".to_string());
    println!("{} {}", s.contains("x"), s.contains("y"));
}
