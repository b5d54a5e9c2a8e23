// i128 division by zero panics; i128::MIN / -1 overflows (checked first via checked_div).
fn div(a: i128, b: i128) -> i128 {
    a / b
}

fn main() {
    println!("{:?}", i128::MIN.checked_div(-1));
    println!("{:?}", i128::MIN.checked_rem(-1));
    println!("{}", div(-7, 2));
    println!("{}", div(i128::MAX, -1));
    let zero: i128 = 0;
    println!("{}", div(1, zero));
}
