// Vec mutation in bulk: retain, drain, dedup, split_off, swap_remove, resize, extend_from_slice.
fn main() {
    let mut v: Vec<i32> = (1..=12).collect();
    v.retain(|x| x % 3 != 0);
    println!("{:?}", v);
    let drained: Vec<i32> = v.drain(1..4).collect();
    println!("{:?} {:?}", drained, v);
    let tail = v.split_off(3);
    println!("{:?} {:?}", v, tail);
    let mut d = vec![1, 1, 2, 2, 2, 3, 1, 1];
    d.dedup();
    println!("{:?}", d);
    let r = d.swap_remove(0);
    println!("{} {:?}", r, d);
    d.resize(6, 0);
    println!("{:?}", d);
    d.resize(2, 0);
    println!("{:?}", d);
    d.extend_from_slice(&[4, 5]);
    println!("{:?}", d);
    let mut words = vec!["x", "yy", "zzz", "w"];
    words.retain(|w| w.len() > 1);
    println!("{:?}", words);
    let all: Vec<i32> = d.drain(..).collect();
    println!("{:?} {:?}", all, d);
    let mut m = vec![3, 1, 2];
    m.reverse();
    println!("{:?}", m);
    println!("{:?}", m.iter().rev().collect::<Vec<_>>());
}
