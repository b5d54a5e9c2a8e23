// collect into different containers: Vec, String, HashMap, BTreeMap, HashSet, VecDeque.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

fn main() {
    let words = ["one", "two", "three", "two", "one"];
    let lens: BTreeMap<&str, usize> = words.iter().map(|w| (*w, w.len())).collect();
    println!("{:?}", lens);
    let uniq: BTreeSet<&str> = words.iter().cloned().collect();
    println!("{:?}", uniq);
    let hs: HashSet<&str> = words.iter().cloned().collect();
    println!("{}", hs.len());
    let hm: HashMap<usize, &str> = words.iter().enumerate().map(|(i, w)| (i, *w)).collect();
    let mut keys: Vec<_> = hm.keys().copied().collect();
    keys.sort();
    println!("{:?}", keys);
    let dq: VecDeque<i32> = (1..4).collect();
    println!("{:?}", dq);
    let s: String = words.iter().map(|w| &w[..1]).collect();
    println!("{}", s);
    let sentence = words.iter().copied().collect::<Vec<_>>().join(" ");
    println!("{}", sentence);
    let boxed: Box<[i32]> = vec![1, 2].into_boxed_slice();
    println!("{:?}", boxed);
}
