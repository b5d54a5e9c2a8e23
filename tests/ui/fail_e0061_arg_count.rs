// rustg-flags: --analyze
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(1));
    println!("{}", 2.5f64.powi(1, 2));
}
