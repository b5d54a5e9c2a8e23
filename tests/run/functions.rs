fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        return a;
    }
    gcd(b, a % b)
}

fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
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

fn say(msg: &str, times: u32) {
    for _ in 0..times {
        print!("{}", msg);
    }
    println!();
}

fn main() {
    println!("{}", add(2, 3));
    println!("{}", gcd(1071, 462));
    let mut primes = 0;
    for n in 0..100 {
        if is_prime(n) {
            primes += 1;
        }
    }
    println!("{} primes below 100", primes);
    println!("{}", ackermann(2, 3));
    say("ab", 3);
}
