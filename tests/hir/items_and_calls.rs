// `rustg build --dump=hir`: types of expressions and patterns, what names resolve to, which
// function a call, method call or operator runs, after macro expansion.
use std::ops::Add;

#[derive(Clone, Copy)]
struct P {
    x: i32,
}

impl Add for P {
    type Output = P;
    fn add(self, o: P) -> P {
        P { x: self.x + o.x }
    }
}

impl P {
    fn get(&self) -> i32 {
        self.x
    }
}

fn twice<T: Copy + Add<Output = T>>(v: T) -> T {
    v + v
}

const BASE: u8 = 7;

fn main() {
    let p = twice(P { x: 3 });
    let n = p.get() as u8 + BASE;
    let v = vec![1.5, 2.0];
    println!("{} {:?}", n, v);
}
