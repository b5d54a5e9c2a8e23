// Destructors through generics, boxes, tuples and Vec elements; a by-value parameter is
// dropped at the end of its function unless it is moved on; shadowed bindings drop in reverse.
struct Token {
    id: u32,
}

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.id);
    }
}

struct Holder<T> {
    item: T,
    tag: &'static str,
}

impl<T> Drop for Holder<T> {
    fn drop(&mut self) {
        println!("drop holder {}", self.tag);
    }
}

fn keep<T>(x: T) -> T {
    x
}

fn discard<T>(_x: T) {
    println!("discarding");
}

fn build(n: u32) -> Vec<Token> {
    let mut v = Vec::new();
    for i in 0..n {
        v.push(Token { id: 10 + i });
    }
    v
}

fn main() {
    let a = Token { id: 1 };
    let a = keep(a);
    let b = Box::new(Token { id: 2 });
    let h = Holder { item: Token { id: 3 }, tag: "h" };
    discard(Token { id: 4 });
    let t = (Token { id: 5 }, 7);
    println!("tuple second {}", t.1);
    let tokens = build(2);
    println!("built {}", tokens.len());
    let a = Token { id: 6 };
    println!("ids {} {} {} {}", a.id, b.id, h.item.id, t.0.id);
    let nested = Holder { item: Holder { item: 8, tag: "inner" }, tag: "outer" };
    println!("nested {}", nested.item.item);
}
