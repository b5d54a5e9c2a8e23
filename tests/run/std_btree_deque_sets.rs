// BTreeMap/BTreeSet (sorted, Debug in key order), HashSet and VecDeque written in Rust (runtime/std/collections.rs).
use std::collections::{BTreeMap, BTreeSet, HashSet, VecDeque};

fn main() {
    let mut m = BTreeMap::new();
    for (k, v) in [(5, "five"), (1, "one"), (9, "nine"), (3, "three"), (7, "seven")] {
        m.insert(k, v);
    }
    println!("{:?}", m);
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    println!("{:?} {:?}", m.remove(&5), m.get(&9));
    *m.entry(4).or_insert("x") = "four";
    println!("{:?} {}", m, m[&4]);
    let mut freq: BTreeMap<char, u32> = BTreeMap::new();
    for c in ['m', 'i', 's', 's', 'i', 's', 's', 'i', 'p', 'p', 'i'] {
        *freq.entry(c).or_insert(0) += 1;
    }
    println!("{:?}", freq);
    println!("{:?}", freq.pop_first());
    let mut names: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    names.entry("bob".to_string()).or_insert(Vec::new()).push(3);
    names.entry("al".to_string()).or_insert(Vec::new()).push(1);
    names.entry("bob".to_string()).or_insert(Vec::new()).push(4);
    println!("{:?}", names);
    let mut s = BTreeSet::new();
    for x in [5, 1, 5, 3, 9, 1] {
        s.insert(x);
    }
    println!("{:?} {} {} {:?} {:?}", s, s.len(), s.contains(&3), s.first(), s.last());
    let mut h: HashSet<i32> = HashSet::new();
    println!("{} {} {}", h.insert(1), h.insert(1), h.insert(2));
    println!("{} {} {}", h.len(), h.contains(&2), h.remove(&1));
    let mut q: VecDeque<i32> = VecDeque::new();
    q.push_back(1);
    q.push_back(2);
    q.push_front(0);
    q.push_front(-1);
    println!("{:?} {}", q, q.len());
    println!("{:?} {:?}", q.front(), q.back());
    println!("{:?} {:?}", q.pop_front(), q.pop_back());
    println!("{:?}", q);
    for x in 5..8 {
        q.push_back(x);
    }
    q.rotate_left(2);
    println!("{:?}", q);
    q.rotate_right(1);
    println!("{:?} {} {:?}", q, q[1], q.get(10));
    println!("{}", q.contains(&6));
}
