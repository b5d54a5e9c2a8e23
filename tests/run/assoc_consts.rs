// Associated constants of inherent and trait impls and trait defaults, named through the type
// or `Self` inside impls, used in expressions and other constants.
struct Circle {
    r: f64,
}

impl Circle {
    const PI: f64 = 3.14159;
    const UNIT: f64 = Self::PI * 2.0;
    fn area(&self) -> f64 {
        Self::PI * self.r * self.r
    }
}

trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn describe(&self) -> String;
}

struct Tri;
struct Quad;

impl Shape for Tri {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
    fn describe(&self) -> String {
        format!("{} with {} sides", Self::NAME, Self::SIDES)
    }
}

impl Shape for Quad {
    const SIDES: u32 = 4;
    fn describe(&self) -> String {
        format!("{} with {} sides", Self::NAME, Self::SIDES)
    }
}

#[derive(Debug)]
enum Level {
    Low,
    High,
}

impl Level {
    const DEFAULT: Level = Level::Low;
    const NAMES: [&'static str; 2] = ["low", "high"];
}

const TOTAL: u32 = Tri::SIDES + Quad::SIDES;

fn main() {
    let c = Circle { r: 2.0 };
    println!("{} {} {:.3}", Circle::PI, Circle::UNIT, c.area());
    println!("{} {} {}", Tri::NAME, Quad::NAME, TOTAL);
    println!("{}", Tri.describe());
    println!("{}", Quad.describe());
    println!("{:?} {:?} {}", Level::DEFAULT, Level::High, Level::NAMES[1]);
}
