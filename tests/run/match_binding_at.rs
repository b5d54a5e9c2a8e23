// @ bindings, nested patterns and bindings in alternatives.
#[derive(Debug)]
enum Tree {
    Leaf(i32),
    Node(Box<Tree>, Box<Tree>),
}

fn sum(t: &Tree) -> i32 {
    match t {
        Tree::Leaf(v) => *v,
        Tree::Node(l, r) => sum(l) + sum(r),
    }
}

fn main() {
    for n in [1, 5, 12, 50, 99, 150] {
        let s = match n {
            small @ 1..=9 => format!("small {}", small),
            mid @ (10..=49 | 90..=99) => format!("mid {}", mid),
            other => format!("other {}", other),
        };
        println!("{}", s);
    }
    let t = Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Node(Box::new(Tree::Leaf(2)), Box::new(Tree::Leaf(3)))));
    println!("{}", sum(&t));
    match &t {
        Tree::Node(left @ _, right) => match (&**left, &**right) {
            (Tree::Leaf(a), Tree::Node(..)) => println!("leaf {} then node", a),
            _ => println!("other shape"),
        },
        Tree::Leaf(_) => println!("leaf"),
    }
    let pair = (3, Some(4));
    if let (x @ 1..=5, Some(y @ 4)) = pair {
        println!("{} {}", x, y);
    }
    let msg = Some(String::from("hello"));
    if let Some(ref s @ _) = msg {
        println!("{} {}", s, s.len());
    }
    println!("{:?}", msg);
}
