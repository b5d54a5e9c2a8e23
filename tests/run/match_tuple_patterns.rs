// Patterns over tuples, nested tuples, wildcards and bool.
fn fizz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => "FizzBuzz".to_string(),
        (0, _) => "Fizz".to_string(),
        (_, 0) => "Buzz".to_string(),
        _ => n.to_string(),
    }
}

fn quadrant(p: (i32, i32)) -> &'static str {
    match p {
        (0, 0) => "origin",
        (0, _) | (_, 0) => "axis",
        (x, y) if x > 0 && y > 0 => "I",
        (x, _) if x < 0 => match p.1 > 0 {
            true => "II",
            false => "III",
        },
        _ => "IV",
    }
}

fn main() {
    for n in 1..=15 {
        print!("{} ", fizz(n));
    }
    println!();
    for p in [(0, 0), (0, 5), (3, 3), (-1, 2), (-1, -2), (4, -4)] {
        println!("{:?} {}", p, quadrant(p));
    }
    let ((a, b), c) = ((1, 2), 3);
    println!("{}", a + b + c);
    match (true, false) {
        (true, true) => println!("both"),
        (true, false) | (false, true) => println!("one"),
        (false, false) => println!("none"),
    }
}
