// A trait implemented for structs, an enum and a primitive; method calls on each.
trait Describe {
    fn describe(&self) -> String;
}

struct Point {
    x: i32,
    y: i32,
}

enum Color {
    Red,
    Green,
}

impl Describe for Point {
    fn describe(&self) -> String {
        format!("point({}, {})", self.x, self.y)
    }
}

impl Describe for Color {
    fn describe(&self) -> String {
        match self {
            Color::Red => String::from("red"),
            Color::Green => String::from("green"),
        }
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the number {}", self)
    }
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{}", p.describe());
    println!("{}", Color::Red.describe());
    println!("{}", Color::Green.describe());
    let n: i32 = 7;
    println!("{}", n.describe());
    let r = &p;
    println!("{}", r.describe());
}
