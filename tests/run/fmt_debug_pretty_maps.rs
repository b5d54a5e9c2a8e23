// {:#?} of std collections nested in each other and in derived Debug, and f.alternate() in a user impl.
use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};
use std::fmt;
use std::rc::Rc;

#[derive(Debug)]
struct Config {
    name: String,
    limits: BTreeMap<String, (u32, u32)>,
    tags: BTreeSet<&'static str>,
}

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "Point <\n    {}\n    {}\n>", self.x, self.y)
        } else {
            write!(f, "P({}, {})", self.x, self.y)
        }
    }
}

fn main() {
    let mut limits = BTreeMap::new();
    limits.insert("cpu".to_string(), (1, 4));
    limits.insert("mem".to_string(), (256, 1024));
    let tags: BTreeSet<&'static str> = ["b", "a"].into_iter().collect();
    let c = Config { name: "svc".to_string(), limits, tags };
    println!("{:?}", c);
    println!("{:#?}", c);
    let empty: BTreeMap<i32, i32> = BTreeMap::new();
    println!("{:#?}", empty);
    let mut h = HashMap::new();
    h.insert(1, vec!["x"]);
    println!("{:#?}", h);
    let mut s = HashSet::new();
    s.insert(Some(3));
    println!("{:#?}", s);
    let d: VecDeque<(i32, char)> = vec![(1, 'a'), (2, 'b')].into_iter().collect();
    println!("{:#?}", d);
    let mut heap = BinaryHeap::new();
    heap.push(5);
    println!("{:#?}", heap);
    let r = Rc::new(vec![Point { x: 1, y: 2 }]);
    println!("{:?}", r);
    println!("{:#?}", r);
    println!("{:#?}", Cell::new(7));
    let mut nested: BTreeMap<u8, BTreeMap<u8, Vec<u8>>> = BTreeMap::new();
    nested.entry(1).or_default().insert(2, vec![3, 4]);
    nested.entry(5).or_default();
    println!("{:#?}", nested);
}
