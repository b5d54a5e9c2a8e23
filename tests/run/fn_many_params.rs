// Functions with many parameters of mixed integer types and bool, returning tuples.
fn mix(a: i8, b: u16, c: i32, d: u64, e: i64, f: bool, g: u8, h: i16) -> i64 {
    let base = a as i64 + b as i64 + c as i64 + d as i64 + e + g as i64 + h as i64;
    if f { base * 2 } else { base - 1 }
}

fn min_max(a: i32, b: i32, c: i32) -> (i32, i32) {
    let mut lo = a;
    let mut hi = a;
    if b < lo {
        lo = b;
    }
    if c < lo {
        lo = c;
    }
    if b > hi {
        hi = b;
    }
    if c > hi {
        hi = c;
    }
    (lo, hi)
}

fn unit_fn(x: i32) {
    println!("unit_fn got {}", x);
}

fn main() {
    println!("{}", mix(-1, 2, -3, 4, -5, true, 6, -7));
    println!("{}", mix(1, 2, 3, 4, 5, false, 6, 7));
    let (lo, hi) = min_max(5, -2, 9);
    println!("{} {}", lo, hi);
    let r = min_max(1, 1, 1);
    println!("{} {}", r.0, r.1);
    unit_fn(3);
    let u = unit_fn(4);
    let _ = u;
}
