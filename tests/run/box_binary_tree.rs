// A binary search tree with Option<Box<Node>>: insert, contains, in-order walk, height.
#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Debug, Default)]
struct Tree {
    root: Option<Box<Node>>,
    size: usize,
}

impl Tree {
    fn insert(&mut self, key: i32) -> bool {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            if key == node.key {
                return false;
            }
            cur = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *cur = Some(Box::new(Node { key, left: None, right: None }));
        self.size += 1;
        true
    }

    fn contains(&self, key: i32) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            if key == node.key {
                return true;
            }
            cur = if key < node.key { &node.left } else { &node.right };
        }
        false
    }

    fn inorder(&self) -> Vec<i32> {
        fn walk(n: &Option<Box<Node>>, out: &mut Vec<i32>) {
            if let Some(b) = n {
                walk(&b.left, out);
                out.push(b.key);
                walk(&b.right, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.root, &mut out);
        out
    }

    fn height(&self) -> usize {
        fn h(n: &Option<Box<Node>>) -> usize {
            match n {
                None => 0,
                Some(b) => 1 + h(&b.left).max(h(&b.right)),
            }
        }
        h(&self.root)
    }
}

fn main() {
    let mut t = Tree::default();
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        print!("{} ", t.insert(k));
    }
    println!();
    println!("{:?}", t.inorder());
    println!("{} {}", t.size, t.height());
    println!("{} {}", t.contains(65), t.contains(66));
}
