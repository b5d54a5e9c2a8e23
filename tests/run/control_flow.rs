fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else if n < 10 {
        "small"
    } else {
        "large"
    }
}

fn main() {
    for n in -5..50 {
        if n % 12 != 7 && n != 0 && n != -5 { continue; }
        println!("{} is {}", n, classify(n));
    }
}
