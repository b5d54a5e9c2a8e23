// The entry API: counting words, grouping, or_insert_with, and_modify.
use std::collections::HashMap;

fn main() {
    let text = "the cat and the dog and the bird";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut cv: Vec<_> = counts.iter().collect();
    cv.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("{:?}", cv);
    let mut groups: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in text.split_whitespace() {
        groups.entry(w.len()).or_insert_with(Vec::new).push(w);
    }
    let mut gk: Vec<_> = groups.keys().copied().collect();
    gk.sort();
    for k in gk {
        println!("{} {:?}", k, groups[&k]);
    }
    let mut scores: HashMap<&str, i32> = HashMap::new();
    for (name, s) in [("a", 5), ("b", 3), ("a", 7)] {
        scores.entry(name).and_modify(|v| *v += s).or_insert(s);
    }
    let mut sv: Vec<_> = scores.into_iter().collect();
    sv.sort();
    println!("{:?}", sv);
    let mut cache: HashMap<u64, u64> = HashMap::new();
    fn fib(n: u64, cache: &mut HashMap<u64, u64>) -> u64 {
        if n < 2 {
            return n;
        }
        if let Some(&v) = cache.get(&n) {
            return v;
        }
        let v = fib(n - 1, cache) + fib(n - 2, cache);
        cache.insert(n, v);
        v
    }
    println!("{} {}", fib(80, &mut cache), cache.len());
    let e = cache.entry(1000).or_default();
    println!("{}", e);
}
