// Generic functions: one body, instantiated per type argument.
fn identity<T>(x: T) -> T {
    x
}

fn pick<T>(first: bool, a: T, b: T) -> T {
    if first { a } else { b }
}

fn larger<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn swap<A, B>(p: (A, B)) -> (B, A) {
    (p.1, p.0)
}

fn main() {
    println!("{}", identity(5));
    println!("{}", identity("text"));
    println!("{}", identity(2.5));
    println!("{}", pick(true, 'a', 'b'));
    println!("{}", pick(false, String::from("x"), String::from("y")));
    println!("{} {} {}", larger(3, 9), larger(1.5, -2.0), larger('q', 'c'));
    let s = swap((1u8, "one"));
    println!("{} {}", s.0, s.1);
    let n: i64 = identity(40) + 2;
    println!("{}", n);
}
