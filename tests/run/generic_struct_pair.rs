// A generic struct with a generic impl block; methods use the struct's parameter.
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Copy> Pair<T> {
    fn new(a: T, b: T) -> Pair<T> {
        Pair { a, b }
    }
    fn larger(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
    fn swapped(&self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

fn main() {
    let p = Pair::new(3, 8);
    println!("{}", p.larger());
    let q = p.swapped();
    println!("{} {}", q.a, q.b);
    let f = Pair { a: 2.5, b: -1.0 };
    println!("{}", f.larger());
    let c: Pair<char> = Pair::new('x', 'y');
    println!("{}", c.larger());
}
