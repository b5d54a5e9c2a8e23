fn divide(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    for d in (0..3).rev() {
        println!("{}", divide(100, d));
    }
}
