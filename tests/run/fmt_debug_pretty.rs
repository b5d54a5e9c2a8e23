// {:#?} pretty Debug of nested collections, tuples, Options and maps.
use std::collections::BTreeMap;

#[derive(Debug)]
struct Node {
    name: &'static str,
    children: Vec<Node>,
}

fn main() {
    let tree = Node { name: "root", children: vec![Node { name: "a", children: vec![] }, Node { name: "b", children: vec![Node { name: "c", children: vec![] }] }] };
    println!("{:#?}", tree);
    let mut m = BTreeMap::new();
    m.insert("k1", vec![Some(1), None]);
    m.insert("k2", vec![]);
    println!("{:?}", m);
    println!("{:#?}", m);
    println!("{:#?}", (1, ("x", [2.5])));
    println!("{:#?}", Some(Some(())));
    let r: Result<u8, String> = Err("bad".into());
    println!("{:#?}", r);
    println!("{:?}", "esc\"ape\\\t\n\u{7f}é");
    println!("{:?}", '\'');
    println!("{:?}", "'");
    println!("{:?}", String::from("\r\0"));
}
