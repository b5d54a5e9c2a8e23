// `binary_search_by` / `binary_search_by_key` with std's answers for duplicates and misses,
// BinaryHeap::capacity.
use std::collections::BinaryHeap;

#[derive(Debug)]
struct Rec {
    id: u32,
    name: &'static str,
}

fn main() {
    let v = [1, 2, 2, 2, 3, 5, 8, 8, 13];
    for target in [0, 1, 2, 4, 8, 13, 20] {
        println!("{} {:?}", target, v.binary_search_by(|x| x.cmp(&target)));
    }
    let recs = vec![Rec { id: 3, name: "c" }, Rec { id: 7, name: "g" }, Rec { id: 9, name: "i" }];
    println!("{:?}", recs.binary_search_by_key(&7, |r| r.id));
    println!("{:?}", recs.binary_search_by_key(&8, |r| r.id));
    if let Ok(i) = recs.binary_search_by_key(&9, |r| r.id) {
        println!("{:?}", recs[i]);
    }
    let empty: Vec<i32> = Vec::new();
    println!("{:?}", empty.binary_search_by(|x| x.cmp(&1)));
    let mut h = BinaryHeap::new();
    h.push(4);
    println!("{} {}", h.capacity() >= 1, recs[0].name);
}
