// Naive and iterative Fibonacci must agree.
fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

fn fib_iter(n: u32) -> u64 {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    let mut i = 0;
    while i < n {
        let t = a + b;
        a = b;
        b = t;
        i += 1;
    }
    a
}

fn main() {
    for n in 0..25 {
        println!("fib({}) = {} {}", n, fib(n), fib(n) == fib_iter(n));
    }
    println!("fib(90) = {}", fib_iter(90));
}
