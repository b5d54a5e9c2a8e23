// derive(Hash) for use as HashMap/HashSet keys, and derive(Default) for structs and enums.
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Pos {
    x: i32,
    y: i32,
}

#[derive(Debug, Default)]
struct Config {
    name: String,
    verbose: bool,
    level: u8,
    ratio: f64,
    tags: Vec<String>,
    limit: Option<u32>,
}

#[derive(Debug, Default, PartialEq)]
enum Mode {
    #[default]
    Normal,
    Fast,
}

fn main() {
    let mut seen = HashSet::new();
    for (x, y) in [(1, 2), (3, 4), (1, 2), (0, 0), (3, 4)] {
        let inserted = seen.insert(Pos { x, y });
        println!("{} {} {}", x, y, inserted);
    }
    let mut v: Vec<_> = seen.into_iter().collect();
    v.sort();
    println!("{:?}", v);
    let mut m: HashMap<Pos, &str> = HashMap::new();
    m.insert(Pos { x: 0, y: 1 }, "north");
    m.insert(Pos { x: 1, y: 0 }, "east");
    println!("{:?}", m.get(&Pos { x: 1, y: 0 }));
    println!("{:?}", m.get(&Pos { x: 5, y: 5 }));
    let c = Config::default();
    println!("{:?}", c);
    let c2 = Config { level: 3, ..Default::default() };
    println!("{} {} {:?}", c2.level, c2.name.is_empty(), c2.limit);
    println!("{:?} {}", Mode::default(), Mode::default() == Mode::Normal);
    let t: (i32, String, bool) = Default::default();
    println!("{:?}", t);
    println!("{:?}", Mode::Fast);
}
