// Trial-division prime factorization and divisor sums with plain integer loops.
fn print_factors(mut n: u64) {
    print!("{} =", n);
    let mut first = true;
    let mut p = 2;
    while p * p <= n {
        let mut e = 0;
        while n % p == 0 {
            n /= p;
            e += 1;
        }
        if e > 0 {
            if !first {
                print!(" *");
            }
            if e == 1 {
                print!(" {}", p);
            } else {
                print!(" {}^{}", p, e);
            }
            first = false;
        }
        p += 1;
    }
    if n > 1 {
        if !first {
            print!(" *");
        }
        print!(" {}", n);
    }
    println!();
}

fn divisor_sum(n: u32) -> u32 {
    let mut s = 0;
    let mut d = 1;
    while d < n {
        if n % d == 0 {
            s += d;
        }
        d += 1;
    }
    s
}

fn main() {
    print_factors(2);
    print_factors(360);
    print_factors(97);
    print_factors(1001);
    print_factors(600851475143);
    print_factors(1 << 20);
    let mut n = 2;
    while n < 10000 {
        if divisor_sum(n) == n {
            println!("{} is perfect", n);
        }
        n += 1;
    }
}
