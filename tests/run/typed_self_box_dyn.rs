// Explicit `self` types: `self: Box<Self>` (on boxes and through `Box<dyn Trait>`), the spelt-out
// shorthand forms, and traits whose `where Self: Sized` / by-value methods stay out of the vtable.
trait Double {
    fn double(self: Box<Self>) -> usize;
}
impl Double for usize {
    fn double(self: Box<usize>) -> usize {
        *self * 2
    }
}

trait Shape {
    fn area(&self) -> f64;
    fn name(self: &Self) -> String {
        format!("shape of area {}", self.area())
    }
    fn grow(self: &mut Self, k: f64);
    fn consume(self: Box<Self>) -> f64;
    fn into_area(self) -> f64
    where
        Self: Sized,
    {
        self.area()
    }
    fn scaled<T: Into<f64>>(&self, k: T) -> f64
    where
        Self: Sized,
    {
        self.area() * k.into()
    }
    fn unit() -> Self
    where
        Self: Sized;
}

struct Sq(f64);
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn grow(self: &mut Sq, k: f64) {
        self.0 *= k;
    }
    fn consume(self: Box<Sq>) -> f64 {
        self.0
    }
    fn unit() -> Sq {
        Sq(1.0)
    }
}

struct Circle {
    r: f64,
}
impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn grow(&mut self, k: f64) {
        self.r *= k;
    }
    fn consume(self: Box<Self>) -> f64 {
        self.r
    }
    fn unit() -> Circle {
        Circle { r: 1.0 }
    }
}

struct Counter {
    n: u32,
}
impl Counter {
    fn bump(self: &mut Self) -> u32 {
        self.n += 1;
        self.n
    }
    fn take(self: Self) -> u32 {
        self.n
    }
    fn boxed_total(self: Box<Self>, extra: u32) -> u32 {
        self.n + extra
    }
}

fn main() {
    let x: Box<usize> = Box::new(21);
    println!("{}", x.double());
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0)), Box::new(Circle { r: 1.0 })];
    for s in shapes.iter_mut() {
        s.grow(2.0);
        println!("{} {}", s.area(), s.name());
    }
    let total: f64 = shapes.into_iter().map(|s| s.consume()).sum();
    println!("{}", total);
    let sq = Sq(3.0);
    println!("{} {}", sq.scaled(2u8), sq.into_area());
    println!("{} {}", Sq::unit().area(), Circle::unit().area());
    let b: Box<dyn Shape> = Box::new(Sq(5.0));
    println!("{}", b.consume());
    let mut c = Counter { n: 0 };
    c.bump();
    println!("{}", c.bump());
    println!("{}", Box::new(Counter { n: 4 }).boxed_total(3));
    println!("{}", c.take());
}
