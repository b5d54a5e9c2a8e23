// rustg-flags: --analyze
trait Shape {
    fn new(size: f64) -> Self;
}

struct Square(f64);

impl Shape for Square {
    fn new(size: f64) -> Self {
        Square(size)
    }
}

fn main() {
    let s: Square = Shape::create(2.0);
    let t: Square = Shape::new(1.0);
    println!("{} {}", s.0, t.0);
}
