// Box<T>: allocation, dereference, auto-deref for fields and methods.
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn sum(&self) -> i32 {
        self.x + self.y
    }
}

fn make(n: i32) -> Box<i32> {
    Box::new(n * 10)
}

fn main() {
    let b = Box::new(5);
    println!("{}", *b + 1);
    let p = Box::new(Point { x: 3, y: 4 });
    println!("{} {} {}", p.x, p.y, p.sum());
    let m = make(4);
    println!("{}", *m);
    let mut c = Box::new(1);
    *c += 41;
    println!("{}", *c);
}
