// Or-patterns that bind: every alternative binds the same names at the same types, and the first
// alternative that matches gives them their values (in match arms, `let`, `if let`, `while let`,
// `for` and nested inside other patterns, by value and by reference).
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(f64),
    Rect(f64, f64),
}
fn side(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) | Shape::Square(r) => *r,
        Shape::Rect(w, _) => *w,
    }
}
fn pick(v: Result<u8, u8>) -> u8 {
    let (Ok(x) | Err(x)) = v;
    x
}
fn main() {
    for s in [Shape::Circle(1.5), Shape::Square(2.0), Shape::Rect(3.0, 4.0)] {
        println!("{:?} {}", s, side(&s));
    }
    println!("{} {}", pick(Ok(3)), pick(Err(7)));
    let pairs = [(1, 0), (0, 2), (3, 3)];
    for &((x, 0) | (0, x) | (x, _)) in pairs.iter() {
        print!("{} ", x);
    }
    println!();
    let t = ((1, 2), Some(5));
    match t {
        ((a, 2) | (2, a), Some(b) | Some(b @ _)) => println!("nested {} {}", a, b),
        _ => println!("none"),
    }
    if let Some(n) | Some(n) = Some("if let") {
        println!("{}", n);
    }
    let mut stack = vec![Ok(1), Err(2), Ok(3)];
    while let Some(Ok(v) | Err(v)) = stack.pop() {
        print!("{} ", v);
    }
    println!();
    let mut s = String::from("ab");
    match &mut s {
        x @ _ | x => x.push('c'),
    }
    println!("{}", s);
}
