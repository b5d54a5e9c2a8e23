// Set operations (union, intersection, difference, symmetric_difference, subset/disjoint) and retain on the std subset's sets and maps; retain keeps HashMap lookups intact after backward-shift deletions.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

fn main() {
    let a: BTreeSet<i32> = {
        let mut s = BTreeSet::new();
        for x in [1, 3, 5, 7, 9] {
            s.insert(x);
        }
        s
    };
    let mut b = BTreeSet::new();
    for x in [3, 4, 5, 6] {
        b.insert(x);
    }
    for x in a.union(&b) {
        print!("{} ", x);
    }
    println!();
    for x in a.intersection(&b) {
        print!("{} ", x);
    }
    println!();
    for x in a.difference(&b) {
        print!("{} ", x);
    }
    println!();
    for x in a.symmetric_difference(&b) {
        print!("{} ", x);
    }
    println!();
    println!("{} {} {}", a.is_subset(&b), a.is_disjoint(&b), b.is_superset(&b));
    let mut h: HashSet<u32> = HashSet::new();
    let mut g: HashSet<u32> = HashSet::new();
    for x in 0..20 {
        h.insert(x);
        if x % 3 == 0 {
            g.insert(x);
        }
    }
    let mut common: Vec<u32> = Vec::new();
    for x in h.intersection(&g) {
        common.push(*x);
    }
    common.sort();
    println!("{:?} {}", common, g.is_subset(&h));
    h.retain(|x: &u32| *x % 2 == 0);
    let mut left: Vec<u32> = Vec::new();
    for x in &h {
        left.push(*x);
    }
    left.sort();
    println!("{:?} {}", left, h.len());
    let mut m: HashMap<u32, u32> = HashMap::new();
    for i in 0..100 {
        m.insert(i, i * 2);
    }
    m.retain(|k: &u32, v: &mut u32| {
        *v += 1;
        *k % 10 == 0
    });
    let mut kept: BTreeMap<u32, u32> = BTreeMap::new();
    for (k, v) in &m {
        kept.insert(*k, *v);
    }
    println!("{:?}", kept);
    for i in 0..100 {
        if m.contains_key(&i) != (i % 10 == 0) {
            println!("lookup broken at {}", i);
        }
    }
    let mut bm: BTreeMap<u8, char> = BTreeMap::new();
    let mut i: u8 = 0;
    for c in ['a', 'b', 'c', 'd'] {
        bm.insert(i, c);
        i += 1;
    }
    bm.retain(|k: &u8, _v: &mut char| *k != 2);
    println!("{:?}", bm);
}
