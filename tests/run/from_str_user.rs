// `str::parse` into a program's own types through `impl FromStr` (turbofish, annotation, `?`),
// `T::from_str` called directly, recursive derive(Clone, PartialEq) enums, and `map` with a fn item.
use std::collections::BTreeMap;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Rgb(u8, u8, u8);

impl FromStr for Rgb {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.split(',').collect();
        if parts.len() != 3 {
            return Err("need 3 parts".to_string());
        }
        let p = |i: usize| parts[i].trim().parse::<u8>().map_err(|_| format!("bad part {}", i));
        Ok(Rgb(p(0)?, p(1)?, p(2)?))
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tree {
    Leaf(i32),
    Node(Vec<Tree>),
    Named(BTreeMap<String, Tree>),
}

fn sum_rgb(s: &str) -> Result<u32, String> {
    let c: Rgb = s.parse()?;
    Ok(c.0 as u32 + c.1 as u32 + c.2 as u32)
}

fn depth(t: &Tree) -> usize {
    match t {
        Tree::Leaf(_) => 0,
        Tree::Node(ts) => 1 + ts.iter().map(depth).max().unwrap_or(0),
        Tree::Named(m) => 1 + m.values().map(depth).max().unwrap_or(0),
    }
}

fn main() {
    println!("{:?}", "1, 2,3".parse::<Rgb>());
    println!("{:?}", "1,2".parse::<Rgb>());
    println!("{:?}", Rgb::from_str("1,2,300"));
    println!("{:?} {:?}", sum_rgb("10,20,30"), sum_rgb("x,1,2"));
    let mut m = BTreeMap::new();
    m.insert("a".to_string(), Tree::Node(vec![Tree::Leaf(1), Tree::Node(vec![])]));
    let t = Tree::Named(m);
    let u = t.clone();
    println!("{:?} {} {}", u, u == t, depth(&t));
}
