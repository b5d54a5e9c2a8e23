// loop with break carrying a value, and continue.
fn first_square_above(limit: u32) -> u32 {
    let mut n = 0;
    loop {
        n += 1;
        if n * n > limit {
            break n * n;
        }
    }
}

fn main() {
    println!("{}", first_square_above(50));
    println!("{}", first_square_above(1000));
    let mut i = 0;
    let mut odds = 0;
    loop {
        i += 1;
        if i > 20 {
            break;
        }
        if i % 2 == 0 {
            continue;
        }
        odds += i;
    }
    println!("odds {}", odds);
    let v = loop {
        break 'x';
    };
    println!("{}", v);
}
