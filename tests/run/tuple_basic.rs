// Tuples: construction, field access, destructuring, nesting, returning.
fn divmod(a: u32, b: u32) -> (u32, u32) {
    (a / b, a % b)
}

fn swap(p: (i32, bool)) -> (bool, i32) {
    (p.1, p.0)
}

fn main() {
    let t = (1, 2.5, 'c', "str", true);
    println!("{} {} {} {} {}", t.0, t.1, t.2, t.3, t.4);
    let (q, r) = divmod(47, 5);
    println!("{} {}", q, r);
    let nested = ((1, 2), (3, (4, 5)));
    println!("{}", (nested.1).1 .0 + nested.0.1);
    let s = swap((7, false));
    println!("{:?}", s);
    let mut m = (0, 0);
    m.0 = 10;
    m.1 += 5;
    println!("{:?}", m);
    let unit = ();
    println!("{:?}", unit);
    let (a, _, c) = (1, 2, 3);
    println!("{}", a + c);
    println!("{}", (1, 2) == (1, 2));
    println!("{}", (1, 3) < (2, 0));
}
