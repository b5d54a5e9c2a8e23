// Structs: construction, field read and write, update syntax, shorthand.
struct Point {
    x: i32,
    y: i32,
}

struct Rect {
    origin: Point,
    w: u32,
    h: u32,
}

fn area(r: &Rect) -> u32 {
    r.w * r.h
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{} {}", p.x, p.y);
    let mut q = Point { x: 0, ..p };
    q.x += 10;
    println!("{} {}", q.x, q.y);
    let x = 7;
    let y = 8;
    let s = Point { x, y };
    println!("{} {}", s.x, s.y);
    let r = Rect { origin: Point { x: 1, y: 2 }, w: 5, h: 6 };
    println!("{} {} {}", r.origin.x, r.origin.y, area(&r));
    let mut r2 = r;
    r2.origin.y = 100;
    r2.w = 2;
    println!("{} {}", r2.origin.y, area(&r2));
}
