// rustg-flags: --analyze
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn sides(&self) -> u32 {
        0
    }
}

struct Circle(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.0 * self.0
    }
}

fn main() {
    let c = Circle(1.0);
    println!("{}", c.area());
}
