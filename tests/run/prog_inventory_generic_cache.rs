// A generic LRU-ish cache with a trait for loaders and a HashMap + VecDeque, hit/miss statistics.
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

trait Loader<K, V> {
    fn load(&mut self, k: &K) -> V;
}

struct Cache<K, V, L> {
    cap: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>,
    loader: L,
    hits: u32,
    misses: u32,
}

impl<K: Hash + Eq + Clone, V: Clone, L: Loader<K, V>> Cache<K, V, L> {
    fn new(cap: usize, loader: L) -> Self {
        Cache { cap, map: HashMap::new(), order: VecDeque::new(), loader, hits: 0, misses: 0 }
    }

    fn get(&mut self, k: K) -> V {
        if let Some(v) = self.map.get(&k) {
            self.hits += 1;
            let pos = self.order.iter().position(|x| *x == k).unwrap();
            let key = self.order.remove(pos).unwrap();
            self.order.push_back(key);
            return v.clone();
        }
        self.misses += 1;
        let v = self.loader.load(&k);
        if self.map.len() == self.cap {
            let old = self.order.pop_front().unwrap();
            self.map.remove(&old);
        }
        self.map.insert(k.clone(), v.clone());
        self.order.push_back(k);
        v
    }
}

struct Squares {
    calls: u32,
}

impl Loader<u32, u64> for Squares {
    fn load(&mut self, k: &u32) -> u64 {
        self.calls += 1;
        (*k as u64) * (*k as u64)
    }
}

fn main() {
    let mut c = Cache::new(3, Squares { calls: 0 });
    let keys = [1, 2, 3, 1, 4, 2, 5, 1, 1, 3];
    let vals: Vec<u64> = keys.iter().map(|&k| c.get(k)).collect();
    println!("{:?}", vals);
    println!("hits {} misses {} loads {}", c.hits, c.misses, c.loader.calls);
    println!("{:?}", c.order);
}
