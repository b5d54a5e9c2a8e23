// BinaryHeap written in Rust with std's sift algorithms (Debug shows std's internal order), VecDeque::from as a BFS queue.
use std::collections::{BinaryHeap, VecDeque};

fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 7] {
        h.push(x);
    }
    println!("{:?} {} {:?}", h, h.len(), h.peek());
    println!("{:?} {:?}", h.pop(), h.pop());
    println!("{:?}", h);
    h.push(4);
    println!("{:?}", h);
    let mut out = Vec::new();
    while let Some(x) = h.pop() {
        out.push(x);
    }
    println!("{:?} {}", out, h.is_empty());
    let mut w: BinaryHeap<u64> = BinaryHeap::from(vec![4, 10, 3, 5, 1, 8]);
    let top = w.pop();
    println!("{:?} {:?}", w, top);
    w.push(7);
    println!("{:?}", w.into_sorted_vec());
    let mut s: BinaryHeap<String> = BinaryHeap::new();
    s.push("pear".to_string());
    s.push("apple".to_string());
    s.push("zoo".to_string());
    println!("{:?}", s.peek());
    println!("{}", s.into_vec().len());
    let mut bfs = VecDeque::from(vec![1u32]);
    let mut order = vec![];
    while let Some(n) = bfs.pop_front() {
        order.push(n);
        if n < 8 {
            bfs.push_back(2 * n);
            bfs.push_back(2 * n + 1);
        }
    }
    println!("{:?}", order);
}
