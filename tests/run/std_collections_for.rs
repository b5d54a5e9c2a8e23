// `for` over the std subset's collections by reference, by mutable reference and by value (BTreeMap in key order).
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};

fn main() {
    let mut m = BTreeMap::new();
    for (k, v) in [(5, "five"), (1, "one"), (9, "nine")] {
        m.insert(k, v);
    }
    for (k, v) in &m {
        print!("{}={} ", k, v);
    }
    println!();
    let mut scores: BTreeMap<String, u32> = BTreeMap::new();
    scores.insert("b".to_string(), 2);
    scores.insert("a".to_string(), 1);
    for (_, v) in &mut scores {
        *v *= 10;
    }
    for (k, v) in scores {
        println!("{} {}", k, v);
    }
    let mut h: HashMap<u32, u32> = HashMap::new();
    for i in 0..10 {
        h.insert(i, i * i);
    }
    let mut total = 0;
    for (k, v) in &h {
        total += k + v;
    }
    let mut keys: Vec<u32> = Vec::new();
    for (k, _) in h {
        keys.push(k);
    }
    keys.sort();
    println!("{} {:?}", total, keys);
    let s: BTreeSet<char> = {
        let mut s = BTreeSet::new();
        for c in ['q', 'a', 'z', 'a'] {
            s.insert(c);
        }
        s
    };
    for c in &s {
        print!("{}", c);
    }
    println!();
    let mut hs = HashSet::new();
    hs.insert(3);
    let mut n = 0;
    for x in &hs {
        n += *x;
    }
    println!("{}", n);
    let mut q = VecDeque::new();
    q.push_back(2);
    q.push_front(1);
    for x in &q {
        print!("{} ", x);
    }
    for x in q {
        print!("[{}]", x);
    }
    println!();
    let heap = BinaryHeap::from(vec![3, 1, 4, 1, 5]);
    let mut sum = 0;
    for x in &heap {
        sum += x;
    }
    println!("{} {:?}", sum, heap.into_sorted_vec());
}
