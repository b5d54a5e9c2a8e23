// HashMap insert/get/remove/contains/len, iteration printed in sorted order.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert("one".to_string(), 1);
    m.insert("two".to_string(), 2);
    m.insert("three".to_string(), 3);
    println!("{:?}", m.insert("two".to_string(), 22));
    println!("{:?}", m.insert("four".to_string(), 4));
    println!("{} {:?} {:?}", m.len(), m.get("two"), m.get("five"));
    println!("{} {}", m.contains_key("one"), m.contains_key("zero"));
    println!("{:?} {:?}", m.remove("one"), m.remove("one"));
    if let Some(v) = m.get_mut("three") {
        *v *= 100;
    }
    let mut keys: Vec<&String> = m.keys().collect();
    keys.sort();
    println!("{:?}", keys);
    let mut vals: Vec<i32> = m.values().cloned().collect();
    vals.sort();
    println!("{:?}", vals);
    let mut pairs: Vec<(&String, &i32)> = m.iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
    let total: i32 = m.values().sum();
    println!("{}", total);
    let m2: HashMap<i32, char> = [(1, 'a'), (2, 'b')].into_iter().collect();
    println!("{} {:?}", m2.len(), m2[&2]);
    m.clear();
    println!("{} {}", m.is_empty(), m.len());
    let mut byk: Vec<_> = m2.into_iter().collect();
    byk.sort_by_key(|p| std::cmp::Reverse(p.0));
    println!("{:?}", byk);
}
