// Enum variants brought into scope with a glob and a list, in expressions and patterns.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red,
    Green,
    Blue,
}

mod shapes {
    #[derive(Debug)]
    pub enum Shape {
        Circle(i32),
        Square(i32),
    }
}

use shapes::Shape::{Circle, Square};
use Color::*;

fn name(c: Color) -> &'static str {
    match c {
        Red => "red",
        Green => "green",
        Blue => "blue",
    }
}

fn area(s: &shapes::Shape) -> i32 {
    match s {
        Circle(r) => 3 * r * r,
        Square(a) => a * a,
    }
}

fn main() {
    println!("{} {} {}", name(Red), name(Green), name(Blue));
    println!("{}", area(&Circle(2)));
    println!("{}", area(&Square(5)));
    println!("{:?}", Square(1));
}
