// Functions calling each other, declared in any order.
fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn main() {
    for n in [0, 1, 10, 77, 100] {
        println!("{} even={} odd={}", n, is_even(n), is_odd(n));
    }
    for m in 0..3 {
        for n in 0..4 {
            print!("{} ", ackermann(m, n));
        }
        println!();
    }
    println!("{}", ackermann(2, 3));
}
