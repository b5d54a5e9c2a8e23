// VecDeque as a queue and a double-ended buffer; rotation and indexing.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<i32> = VecDeque::new();
    q.push_back(1);
    q.push_back(2);
    q.push_front(0);
    q.push_front(-1);
    println!("{:?} {}", q, q.len());
    println!("{:?} {:?}", q.front(), q.back());
    println!("{:?} {:?}", q.pop_front(), q.pop_back());
    println!("{:?}", q);
    q.extend([5, 6, 7]);
    q.rotate_left(2);
    println!("{:?}", q);
    q.rotate_right(1);
    println!("{:?} {} {:?}", q, q[1], q.get(10));
    q[0] = 100;
    println!("{:?}", q.iter().rev().collect::<Vec<_>>());
    println!("{}", q.contains(&6));
    let v: Vec<i32> = q.into_iter().collect();
    println!("{:?}", v);
    let mut window: VecDeque<u32> = VecDeque::with_capacity(3);
    let mut sums = Vec::new();
    for x in 1..=8u32 {
        if window.len() == 3 {
            window.pop_front();
        }
        window.push_back(x * x);
        sums.push(window.iter().sum::<u32>());
    }
    println!("{:?}", sums);
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
