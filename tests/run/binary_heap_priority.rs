// BinaryHeap as a max-heap and with Reverse as a min-heap.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2] {
        h.push(x);
    }
    println!("{:?} {}", h.peek(), h.len());
    let mut out = vec![];
    while let Some(x) = h.pop() {
        out.push(x);
    }
    println!("{:?}", out);
    let mut mh: BinaryHeap<Reverse<(u32, &str)>> = BinaryHeap::new();
    mh.push(Reverse((3, "c")));
    mh.push(Reverse((1, "a")));
    mh.push(Reverse((2, "b")));
    while let Some(Reverse((p, n))) = mh.pop() {
        print!("{}:{} ", p, n);
    }
    println!();
    let sorted = BinaryHeap::from(vec![4, 7, 1]).into_sorted_vec();
    println!("{:?}", sorted);
}
