// A generic stack over Vec<T>, used with integers and strings.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, x: T) {
        self.items.push(x);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn main() {
    let mut s = Stack::new();
    s.push(1);
    s.push(2);
    s.push(3);
    println!("len {}", s.len());
    while let Some(x) = s.pop() {
        println!("popped {}", x);
    }
    println!("empty {}", s.is_empty());
    let mut w: Stack<String> = Stack::new();
    w.push(String::from("a"));
    w.push(String::from("b"));
    println!("{}", w.pop().unwrap());
    println!("len {}", w.len());
}
