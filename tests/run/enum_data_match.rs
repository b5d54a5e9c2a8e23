// Enums with tuple and struct variants, matched with bindings.
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Tri(f64, f64, f64),
    Empty,
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Tri(a, b, c) => {
            let p = (a + b + c) / 2.0;
            (p * (p - a) * (p - b) * (p - c)).sqrt()
        }
        Shape::Empty => 0.0,
    }
}

fn describe(s: &Shape) -> String {
    match s {
        Shape::Circle(r) if *r > 10.0 => String::from("big circle"),
        Shape::Circle(_) => String::from("circle"),
        Shape::Rect { w, h } if w == h => format!("square {}", w),
        Shape::Rect { w, .. } => format!("rect of width {}", w),
        Shape::Tri(..) => "triangle".to_string(),
        Shape::Empty => "nothing".to_string(),
    }
}

fn main() {
    let shapes = [
        Shape::Circle(1.5),
        Shape::Circle(11.0),
        Shape::Rect { w: 2.0, h: 2.0 },
        Shape::Rect { w: 3.0, h: 4.5 },
        Shape::Tri(3.0, 4.0, 5.0),
        Shape::Empty,
    ];
    for s in &shapes {
        println!("{}: {}", describe(s), area(s));
    }
}
