// std's From conversions of the collections: Vec::from of arrays, slices, &str and String,
// `From<[T; N]>` of the maps and sets, VecDeque/BinaryHeap from and into Vec, and Vec's
// append, split_off, extend_from_within and retain_mut; `array.into()` a collection.
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};

#[derive(Debug)]
struct Token(u8);

fn main() {
    let c = Vec::from([9, 8]);
    println!("{:?} {}", c, c.len());
    println!("{:?}", Vec::from(&c[1..]));
    println!("{:?}", Vec::from("hi"));
    let v: Vec<u8> = "hey".into();
    println!("{:?}", v);
    println!("{:?}", Vec::from(String::from("ab")));
    let names = Vec::from(["a".to_string(), "b".to_string()]);
    println!("{:?}", names);
    let tokens = Vec::from([Token(1), Token(2)]);
    println!("{:?}", tokens);
    let m = HashMap::from([(1, "one"), (2, "two")]);
    println!("{:?} {:?}", m.get(&2), m.get(&3));
    let bm = BTreeMap::from([(3, 'c'), (1, 'a')]);
    println!("{:?}", bm);
    let hs = HashSet::from([5, 5, 6]);
    println!("{}", hs.len());
    let bs = BTreeSet::from([3, 1, 2]);
    println!("{:?}", bs);
    let mut dq = VecDeque::from([1, 2]);
    let mut dq2 = VecDeque::from(vec![3]);
    dq.append(&mut dq2);
    println!("{:?} {:?}", dq, dq2);
    let back: Vec<i32> = Vec::from(dq);
    println!("{:?}", back);
    let h = BinaryHeap::from([4, 9, 1]);
    println!("{:?}", h.peek());
    let hv: Vec<i32> = h.into();
    println!("{}", hv.len());
    let dq3: VecDeque<i32> = vec![7, 8].into();
    println!("{:?}", dq3);
    let mut a = vec![1, 2, 3];
    a.extend_from_within(1..);
    println!("{:?}", a);
    a.extend_from_within(..2);
    println!("{:?}", a);
    a.retain_mut(|x| {
        *x += 1;
        *x % 2 == 0
    });
    println!("{:?}", a);
    let mut t = a.split_off(1);
    println!("{:?} {:?}", a, t);
    a.append(&mut t);
    println!("{:?} {:?}", a, t);
    let from_arr: Vec<i32> = [1, 2, 3].into();
    let owned = [String::from("p"), String::from("q")];
    let moved: Vec<String> = owned.into();
    let set: HashSet<u8> = [4, 4, 5].into();
    let map: BTreeMap<&str, i32> = [("b", 2), ("a", 1)].into();
    let dq4: VecDeque<char> = ['x', 'y'].into();
    println!("{:?} {:?} {} {:?} {:?}", from_arr, moved, set.len(), map, dq4);
    let mut words = vec![String::from("x")];
    let mut more = vec![String::from("y"), String::from("z")];
    words.append(&mut more);
    println!("{:?} {}", words, more.is_empty());
}
