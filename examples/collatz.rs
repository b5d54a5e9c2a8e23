// The longest Collatz chain below a limit: integer-heavy loops, u64 arithmetic.
fn chain_len(mut n: u64) -> u32 {
    let mut len = 1;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        len += 1;
    }
    len
}

fn main() {
    let limit = 3_000_000;
    let mut best = 0;
    let mut best_start = 0;
    for start in 1..limit {
        let len = chain_len(start);
        if len > best {
            best = len;
            best_start = start;
        }
    }
    println!("longest chain below {}: start {} with {} terms", limit, best_start, best);
}
