// rustg-flags: --analyze
trait Shape {
    fn make() -> Self;
    fn area(&self) -> f64;
}

fn total(s: &dyn Shape) -> f64 {
    s.area()
}

fn main() {}
