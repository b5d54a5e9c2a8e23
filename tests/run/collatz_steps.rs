// Collatz sequence lengths; finds the longest start below a bound.
fn steps(mut n: u64) -> u32 {
    let mut s = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        s += 1;
    }
    s
}

fn main() {
    for n in 1..=10 {
        print!("{} ", steps(n));
    }
    println!();
    let mut best = 1;
    let mut best_steps = 0;
    for n in 1..10000 {
        let s = steps(n);
        if s > best_steps {
            best = n;
            best_steps = s;
        }
    }
    println!("{} takes {} steps", best, best_steps);
}
