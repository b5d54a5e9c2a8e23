fn divmod(a: u32, b: u32) -> (u32, u32) {
    (a / b, a % b)
}

fn swap(p: (i32, &str)) -> (&str, i32) {
    (p.1, p.0)
}

fn main() {
    let (q, r) = divmod(17, 5);
    println!("{} {}", q, r);
    let t = divmod(100, 7);
    println!("{:?}", t);
    let s = swap((4, "four"));
    println!("{:?} {}", s, s.0);
    let nested = ((1, 2), (3.5, 'x'));
    println!("{:?} {}", nested, (nested.0).1);
    let mut m = (0, 0);
    m.0 = 5;
    m.1 += 7;
    println!("{:?}", m);
    let single = (42,);
    println!("{:?}", single);
    let unit = ();
    println!("{:?}", unit);
    let ((a, b), (c, d)) = nested;
    println!("{} {} {} {}", a, b, c, d);
}
