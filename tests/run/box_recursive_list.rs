// Box for recursive enums: a cons list with length, sum, map and reversal.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn from_slice(v: &[i32]) -> List {
    match v {
        [] => Nil,
        [h, rest @ ..] => Cons(*h, Box::new(from_slice(rest))),
    }
}

impl List {
    fn len(&self) -> usize {
        match self {
            Cons(_, t) => 1 + t.len(),
            Nil => 0,
        }
    }
    fn sum(&self) -> i32 {
        match self {
            Cons(h, t) => h + t.sum(),
            Nil => 0,
        }
    }
    fn map(&self, f: &dyn Fn(i32) -> i32) -> List {
        match self {
            Cons(h, t) => Cons(f(*h), Box::new(t.map(f))),
            Nil => Nil,
        }
    }
    fn reversed(self) -> List {
        let mut acc = Nil;
        let mut cur = self;
        while let Cons(h, t) = cur {
            acc = Cons(h, Box::new(acc));
            cur = *t;
        }
        acc
    }
}

fn main() {
    let l = from_slice(&[1, 2, 3, 4]);
    println!("{:?}", l);
    println!("{} {}", l.len(), l.sum());
    let d = l.map(&|x| x * 10);
    println!("{:?}", d);
    println!("{:?}", d.reversed());
    let b = Box::new(5);
    let c = *b + 1;
    println!("{} {}", b, c);
    let mut bx = Box::new([0u8; 4]);
    bx[2] = 7;
    println!("{:?}", bx);
}
