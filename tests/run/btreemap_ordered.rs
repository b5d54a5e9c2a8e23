// BTreeMap keeps keys sorted: iteration, ranges, first/last, entry.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for (k, v) in [(5, "five"), (1, "one"), (9, "nine"), (3, "three"), (7, "seven")] {
        m.insert(k, v);
    }
    println!("{:?}", m);
    for (k, v) in &m {
        print!("{}={} ", k, v);
    }
    println!();
    println!("{:?}", m.range(3..8).collect::<Vec<_>>());
    println!("{:?}", m.range(..=3).map(|(k, _)| k).collect::<Vec<_>>());
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    println!("{:?}", m.remove(&5));
    println!("{:?}", m.keys().rev().collect::<Vec<_>>());
    *m.entry(4).or_insert("x") = "four";
    println!("{:?}", m.values().collect::<Vec<_>>());
    let mut freq: BTreeMap<char, u32> = BTreeMap::new();
    for c in "mississippi".chars() {
        *freq.entry(c).or_insert(0) += 1;
    }
    println!("{:?}", freq);
    println!("{:?}", freq.pop_first());
    let split = m.split_off(&4);
    println!("{:?} {:?}", m, split);
    let mut nested: BTreeMap<&str, BTreeMap<u8, bool>> = BTreeMap::new();
    nested.entry("a").or_default().insert(2, true);
    nested.entry("a").or_default().insert(1, false);
    nested.entry("b").or_default();
    println!("{:?}", nested);
}
