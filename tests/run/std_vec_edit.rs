// Vec editing methods: insert/remove/swap_remove/truncate/split_off/dedup/extend_from_slice,
// retain and sort_by_key with closures, and the capacity queries.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 0..6 {
        v.push(i * i);
    }
    v.insert(0, -1);
    v.insert(2, 100);
    v.insert(v.len(), 7);
    println!("{:?}", v);
    println!("{} {:?}", v.remove(2), v);
    println!("{} {:?}", v.swap_remove(0), v);
    v.truncate(4);
    println!("{:?}", v);
    v.truncate(10);
    let tail = v.split_off(2);
    println!("{:?} {:?}", v, tail);
    let mut d = vec![1, 1, 2, 2, 2, 3, 1, 1];
    d.dedup();
    println!("{:?}", d);
    d.extend_from_slice(&[9, 8]);
    d.extend_from_slice(&tail);
    println!("{:?}", d);
    d.retain(|&x| x % 2 == 1);
    println!("{:?}", d);
    let mut words = vec!["pear", "fig", "banana", "kiwi", "apple"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    let mut names = vec![String::from("b"), String::from("a"), String::from("a")];
    names.dedup();
    names.sort_by_key(|s| s.clone());
    println!("{:?}", names);
    let mut pairs = vec![(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')];
    pairs.sort_by_key(|p| p.0);
    println!("{:?}", pairs);
    let mut w: Vec<u8> = Vec::with_capacity(4);
    w.reserve(10);
    println!("{} {}", w.capacity() >= 10, w.len());
    let mut e = vec!['a', 'b', 'c'];
    println!("{}", e.remove(1));
    let idx = e.len() + 3;
    e.insert(idx, 'x');
}
