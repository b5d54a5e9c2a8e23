// A binary search tree of Option<Box<Node>>: insertion and in-order traversal.
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(t: Option<Box<Node>>, k: i32) -> Option<Box<Node>> {
    match t {
        None => Some(Box::new(Node { key: k, left: None, right: None })),
        Some(mut n) => {
            if k < n.key {
                n.left = insert(n.left, k);
            } else {
                n.right = insert(n.right, k);
            }
            Some(n)
        }
    }
}

fn walk(t: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(n) = t {
        walk(&n.left, out);
        out.push(n.key);
        walk(&n.right, out);
    }
}

fn depth(t: &Option<Box<Node>>) -> u32 {
    match t {
        None => 0,
        Some(n) => 1 + depth(&n.left).max(depth(&n.right)),
    }
}

fn main() {
    let mut t = None;
    for k in [5, 3, 8, 1, 4, 9, 7] {
        t = insert(t, k);
    }
    let mut v = Vec::new();
    walk(&t, &mut v);
    println!("{:?}", v);
    println!("depth {}", depth(&t));
}
