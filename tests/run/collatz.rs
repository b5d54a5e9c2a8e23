fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 1;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let mut best = 0;
    let mut best_n = 0;
    for n in 1..10000 {
        let l = collatz_len(n);
        if l > best {
            best = l;
            best_n = n;
        }
    }
    println!("longest chain below 10000: {} ({} steps)", best_n, best);
}
