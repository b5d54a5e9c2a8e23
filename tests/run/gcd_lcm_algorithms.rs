// Euclid's algorithm recursive and iterative, lcm, extended gcd.
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn gcd_iter(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    a
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn ext_gcd(a: i64, b: i64) -> (i64, i64, i64) {
    if b == 0 {
        (a, 1, 0)
    } else {
        let (g, x, y) = ext_gcd(b, a % b);
        (g, y, x - (a / b) * y)
    }
}

fn main() {
    let pairs = [(48, 18), (17, 5), (100, 75), (0, 9), (1071, 462)];
    for (a, b) in pairs {
        println!("gcd({}, {}) = {} {} lcm {}", a, b, gcd(a, b), gcd_iter(a, b), if a == 0 { 0 } else { lcm(a, b) });
    }
    let (g, x, y) = ext_gcd(240, 46);
    println!("{} {} {} {}", g, x, y, 240 * x + 46 * y);
    let mut l = 1;
    for i in 1..=20 {
        l = lcm(l, i);
    }
    println!("lcm 1..20 = {}", l);
}
