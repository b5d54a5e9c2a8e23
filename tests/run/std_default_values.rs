// T::default() in the std subset: unwrap_or_default, entry().or_default() (a user impl Default too), i64/String/bool::default().
use std::collections::{BTreeMap, HashMap};

#[derive(Debug)]
struct Tally {
    n: u32,
}

impl Default for Tally {
    fn default() -> Tally {
        Tally { n: 100 }
    }
}

fn main() {
    let a: Option<u32> = None;
    let s: Option<String> = None;
    let r: Result<Vec<u8>, String> = Err("bad".to_string());
    println!("{} {:?} {:?}", a.unwrap_or_default(), s.unwrap_or_default(), r.unwrap_or_default());
    let mut groups: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    groups.entry("odd").or_default().push(1);
    groups.entry("even").or_default().push(2);
    groups.entry("odd").or_default().push(3);
    println!("{:?}", groups);
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in ['a', 'b', 'a'] {
        *counts.entry(c).or_default() += 1;
    }
    println!("{} {}", counts[&'a'], counts[&'b']);
    let mut t: HashMap<u8, Tally> = HashMap::new();
    t.entry(1).or_default().n += 1;
    println!("{:?}", t[&1]);
    println!("{} {:?} {}", i64::default(), String::default(), bool::default());
}
