// if as an expression yields a value; nested and in arguments.
fn abs(x: i32) -> i32 {
    if x < 0 { -x } else { x }
}

fn sign(x: i64) -> &'static str {
    if x > 0 {
        "plus"
    } else if x < 0 {
        "minus"
    } else {
        "zero"
    }
}

fn main() {
    println!("{} {} {}", abs(-9), abs(0), abs(12));
    println!("{} {} {}", sign(5), sign(-5), sign(0));
    let a = 3;
    let b = 8;
    let max = if a > b { a } else { b };
    println!("max {}", max);
    let parity = if max % 2 == 0 { 0 } else { 1 } + 100;
    println!("parity {}", parity);
    println!("{}", if a == 3 { "three" } else { "other" });
}
