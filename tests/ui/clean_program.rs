// rustg-flags: --syntax-only
// A program using a broad slice of the language checks without diagnostics.
use std::collections::HashMap;
use std::fmt::{self, Display};

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
}

trait Area {
    fn area(&self) -> f64;
    fn describe(&self) -> String where Self: Display {
        format!("{} with area {:.2}", self, self.area())
    }
}

impl Area for Shape {
    fn area(&self) -> f64 {
        match *self {
            Shape::Circle { r } => std::f64::consts::PI * r * r,
            Shape::Rect(w, h) if w > 0.0 => w * h,
            Shape::Rect(..) => 0.0,
        }
    }
}

impl Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self)
    }
}

fn main() {
    let shapes = vec![Shape::Circle { r: 1.0 }, Shape::Rect(2.0, 3.5)];
    let mut by_kind: HashMap<&str, Vec<&Shape>> = HashMap::new();
    for s in &shapes {
        let kind = if let Shape::Circle { .. } = s { "circle" } else { "rect" };
        by_kind.entry(kind).or_default().push(s);
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    'outer: for i in 0..10 {
        for j in (0..=i).rev() {
            if i * j > 20 { break 'outer; }
        }
    }
    let Some(first) = shapes.first() else { return };
    println!("{} {total:.3} {}", first.describe(), by_kind.len());
}
