// Generic functions bounded by a user trait: the call resolves to each type's impl.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Square {
    side: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn name(&self) -> String {
        String::from("square")
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

fn report<T: Shape>(s: &T) {
    println!("{} has area {:.2}", s.name(), s.area());
}

fn total<A: Shape, B: Shape>(a: &A, b: &B) -> f64 {
    a.area() + b.area()
}

fn bigger<T>(a: T, b: T) -> T
where
    T: Shape,
{
    if a.area() >= b.area() { a } else { b }
}

fn main() {
    let s = Square { side: 3.0 };
    let r = Rect { w: 2.0, h: 5.5 };
    report(&s);
    report(&r);
    println!("{}", total(&s, &r));
    let b = bigger(Square { side: 1.0 }, Square { side: 2.0 });
    println!("{}", b.side);
}
