fn negate(x: i8) -> i8 {
    -x
}

fn main() {
    println!("{}", negate(5));
    println!("{}", negate(i8::MIN));
}
