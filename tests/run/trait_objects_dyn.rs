// Trait objects: Box<dyn Trait>, &dyn Trait, Vec of heterogeneous values, dyn with generics.
use std::fmt::Display;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle r={}", self.r)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        format!("rect {}x{}", self.w, self.h)
    }
}

fn total(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn print_it(d: &dyn Display) {
    println!("display: {}", d);
}

fn biggest<'a>(shapes: &'a [Box<dyn Shape>]) -> &'a dyn Shape {
    let mut best = &shapes[0];
    for s in shapes {
        if s.area() > best.area() {
            best = s;
        }
    }
    best.as_ref()
}

fn make(kind: u8) -> Box<dyn Shape> {
    if kind == 0 { Box::new(Circle { r: 1.0 }) } else { Box::new(Rect { w: 2.0, h: kind as f64 }) }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 2.0 }), Box::new(Rect { w: 3.0, h: 5.0 }), make(0), make(4)];
    for s in &shapes {
        println!("{} -> {}", s.name(), s.area());
    }
    println!("total {}", total(&shapes));
    println!("biggest {}", biggest(&shapes).name());
    print_it(&5);
    print_it(&"str");
    let items: Vec<&dyn Display> = vec![&1, &'c', &2.5];
    for i in items {
        print!("{} ", i);
    }
    println!();
}
