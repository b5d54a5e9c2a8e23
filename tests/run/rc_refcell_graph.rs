// Rc<RefCell<Node>> graph with Weak parent links: build a tree, walk it, mutate through shared refs.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    value: i32,
    children: Vec<Rc<RefCell<Node>>>,
    parent: RefCell<Weak<RefCell<Node>>>,
}

fn node(name: &str, value: i32) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { name: name.to_string(), value, children: vec![], parent: RefCell::new(Weak::new()) }))
}

fn add_child(p: &Rc<RefCell<Node>>, c: Rc<RefCell<Node>>) {
    *c.borrow().parent.borrow_mut() = Rc::downgrade(p);
    p.borrow_mut().children.push(c);
}

fn total(n: &Rc<RefCell<Node>>) -> i32 {
    let b = n.borrow();
    b.value + b.children.iter().map(total).sum::<i32>()
}

fn path(n: &Rc<RefCell<Node>>) -> String {
    let b = n.borrow();
    let parent = b.parent.borrow().upgrade();
    match parent {
        Some(p) => format!("{}/{}", path(&p), b.name),
        None => b.name.clone(),
    }
}

fn main() {
    let root = node("root", 1);
    let a = node("a", 2);
    let b = node("b", 3);
    let c = node("c", 4);
    add_child(&root, a.clone());
    add_child(&root, b.clone());
    add_child(&a, c.clone());
    println!("{}", total(&root));
    println!("{}", path(&c));
    c.borrow_mut().value = 40;
    println!("{}", total(&root));
    println!("{} {}", Rc::strong_count(&a), Rc::weak_count(&a));
    let names: Vec<String> = root.borrow().children.iter().map(|ch| ch.borrow().name.clone()).collect();
    println!("{:?}", names);
}
