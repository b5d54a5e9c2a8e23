// Labeled break and continue across nested loops.
fn main() {
    let mut found = (0, 0);
    'outer: for a in 1..20 {
        for b in a..20 {
            if a * b == 91 {
                found = (a, b);
                break 'outer;
            }
        }
    }
    println!("{:?}", found);
    let mut pairs = 0;
    'rows: for r in 0..5 {
        let mut c = 0;
        while c < 5 {
            if c > r {
                continue 'rows;
            }
            pairs += 1;
            c += 1;
        }
    }
    println!("pairs {}", pairs);
    let mut count = 0;
    let result = 'search: loop {
        loop {
            count += 1;
            if count == 7 {
                break 'search count * 10;
            }
            if count % 3 == 0 {
                break;
            }
        }
        println!("inner exit at {}", count);
    };
    println!("result {}", result);
}
