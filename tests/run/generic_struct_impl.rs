// Generic structs and enums with inherent impls, specialised impls and methods with own generics.
#[derive(Debug, Clone, PartialEq)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T: Copy + std::ops::Add<Output = T>> Point<T> {
    fn sum(&self) -> T {
        self.x + self.y
    }
}

impl Point<f64> {
    fn norm(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

impl<T> Point<T> {
    fn mix<U>(self, other: Point<U>) -> Point<(T, U)> {
        Point { x: (self.x, other.x), y: (self.y, other.y) }
    }
}

#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

#[derive(Debug)]
enum Either<L, R> {
    Left(L),
    Right(R),
}

fn main() {
    let p = Point { x: 3, y: 4 };
    let q = Point { x: 3.0, y: 4.0 };
    println!("{} {} {}", p.sum(), q.sum(), q.norm());
    println!("{:?}", p.clone().mix(Point { x: 'a', y: 'b' }));
    println!("{}", p == Point { x: 3, y: 4 });
    let mut s: Stack<String> = Stack::new();
    s.push("a".into());
    s.push("b".into());
    println!("{:?} {}", s.peek(), s.len());
    println!("{:?} {:?} {:?}", s.pop(), s.pop(), s.pop());
    let es: Vec<Either<i32, &str>> = vec![Either::Left(1), Either::Right("r")];
    println!("{:?}", es);
}
