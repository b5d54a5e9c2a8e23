// Integer division by zero panics.
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", div(10, 3));
    println!("{}", div(-10, 3));
    let zero = div(0, 5);
    println!("{}", div(7, zero));
}
