// HashSet: insert/contains/remove and set algebra, printed sorted.
use std::collections::HashSet;

fn sorted(s: &HashSet<i32>) -> Vec<i32> {
    let mut v: Vec<i32> = s.iter().copied().collect();
    v.sort();
    v
}

fn main() {
    let a: HashSet<i32> = [1, 2, 3, 4, 5].into_iter().collect();
    let b: HashSet<i32> = [4, 5, 6, 7].into_iter().collect();
    let mut u: Vec<i32> = a.union(&b).copied().collect();
    u.sort();
    println!("{:?}", u);
    let mut i: Vec<_> = a.intersection(&b).copied().collect();
    i.sort();
    println!("{:?}", i);
    let mut d: Vec<_> = a.difference(&b).copied().collect();
    d.sort();
    println!("{:?}", d);
    let mut sd: Vec<_> = a.symmetric_difference(&b).copied().collect();
    sd.sort();
    println!("{:?}", sd);
    let mut s = HashSet::new();
    println!("{} {} {}", s.insert(3), s.insert(3), s.insert(1));
    println!("{} {}", s.contains(&3), s.contains(&2));
    println!("{} {}", s.remove(&3), s.remove(&3));
    println!("{}", s.len());
    let small: HashSet<i32> = [4, 5].into_iter().collect();
    println!("{} {}", small.is_subset(&a), a.is_superset(&small));
    println!("{}", a.is_disjoint(&[9].into_iter().collect()));
    println!("{:?}", sorted(&(&a - &b)));
    let words = ["apple", "bob", "apple", "cat", "bob"];
    let uniq: HashSet<&str> = words.iter().copied().collect();
    let mut uv: Vec<_> = uniq.into_iter().collect();
    uv.sort_unstable();
    println!("{:?}", uv);
    let dup = words.iter().enumerate().find(|(i, w)| words[..*i].contains(w));
    println!("{:?}", dup);
}
