// Two functions each declare a helper with the same name; each sees its own.
fn a() -> i32 {
    fn helper() -> i32 {
        1
    }
    const K: i32 = 10;
    helper() + K
}

fn b() -> i32 {
    fn helper() -> i32 {
        2
    }
    const K: i32 = 20;
    helper() + K
}

fn main() {
    println!("{} {}", a(), b());
}
