// Tuple structs, newtypes and unit structs.
struct Meters(f64);
struct Pair(i32, i32);
struct Marker;

impl Pair {
    fn sum(&self) -> i32 {
        self.0 + self.1
    }
}

impl Marker {
    fn name(&self) -> &'static str {
        "marker"
    }
}

fn main() {
    let m = Meters(12.5);
    println!("{}", m.0);
    let p = Pair(3, 4);
    println!("{} {} {}", p.0, p.1, p.sum());
    let Pair(a, b) = p;
    println!("{} {}", a, b);
    let mk = Marker;
    println!("{}", mk.name());
    let mut q = Pair(0, 0);
    q.0 = 9;
    println!("{}", q.sum());
    let make = Pair;
    let r = make(1, 2);
    println!("{}", r.sum());
}
