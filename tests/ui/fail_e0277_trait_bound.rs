// rustg-flags: --analyze
trait Area {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Line(f64);

impl Area for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn print_area<T: Area>(x: &T) {
    println!("{}", x.area());
}

fn main() {
    print_area(&Square(2.0));
    print_area(&Line(1.0));
}
