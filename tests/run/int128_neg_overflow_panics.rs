// Negating i128::MIN overflows: a debug build panics.
fn neg(x: i128) -> i128 {
    -x
}

fn main() {
    println!("{}", neg(i128::MAX));
    println!("{}", neg(i128::MIN + 1));
    println!("{}", neg(i128::MIN));
}
