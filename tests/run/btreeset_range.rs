// BTreeSet: ordered unique values, ranges and set operations.
use std::collections::BTreeSet;

fn main() {
    let mut s: BTreeSet<i32> = [8, 3, 5, 1, 9, 3, 5].into_iter().collect();
    println!("{:?} {}", s, s.len());
    println!("{:?}", s.range(4..).collect::<Vec<_>>());
    println!("{:?} {:?}", s.first(), s.last());
    s.insert(4);
    s.remove(&8);
    println!("{:?}", s);
    let t: BTreeSet<i32> = (3..7).collect();
    println!("{:?}", s.intersection(&t).collect::<Vec<_>>());
    println!("{:?}", s.union(&t).collect::<Vec<_>>());
    println!("{:?}", s.difference(&t).collect::<Vec<_>>());
    let words: BTreeSet<&str> = "to be or not to be".split(' ').collect();
    println!("{:?}", words);
    println!("{:?}", s.iter().rev().take(2).collect::<Vec<_>>());
    println!("{:?}", s.pop_last());
}
