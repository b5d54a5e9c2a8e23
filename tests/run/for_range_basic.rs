// for over exclusive and inclusive ranges, rev and step_by.
fn main() {
    for i in 0..5 {
        print!("{} ", i);
    }
    println!();
    for i in 1..=5 {
        print!("{} ", i);
    }
    println!();
    for i in (0..5).rev() {
        print!("{} ", i);
    }
    println!();
    for i in (0..20).step_by(6) {
        print!("{} ", i);
    }
    println!();
    let mut empty = 0;
    for _ in 5..5 {
        empty += 1;
    }
    println!("empty {}", empty);
    let n = 4;
    let mut total = 0;
    for i in 0..n {
        for j in 0..i {
            total += j;
        }
    }
    println!("total {}", total);
    for c in 'a'..='e' {
        print!("{}", c);
    }
    println!();
}
