// Trait methods without self (constructors) called through generic type parameters.
trait Shape {
    fn new(size: f64) -> Self;
    fn area(&self) -> f64;
    fn name() -> &'static str;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn new(size: f64) -> Self {
        Square(size)
    }
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name() -> &'static str {
        "square"
    }
}

impl Shape for Circle {
    fn new(size: f64) -> Self {
        Circle(size)
    }
    fn area(&self) -> f64 {
        3.5 * self.0 * self.0
    }
    fn name() -> &'static str {
        "circle"
    }
}

fn build_all<S: Shape>(sizes: &[f64]) -> Vec<S> {
    sizes.iter().map(|&s| S::new(s)).collect()
}

fn report<S: Shape>(sizes: &[f64]) {
    let shapes: Vec<S> = build_all(sizes);
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("{} x{}: {}", S::name(), shapes.len(), total);
}

fn main() {
    report::<Square>(&[1.0, 2.0, 3.0]);
    report::<Circle>(&[1.0, 0.5]);
    let s: Square = Shape::new(4.0);
    println!("{}", s.area());
    println!("{}", <Circle as Shape>::name());
}
