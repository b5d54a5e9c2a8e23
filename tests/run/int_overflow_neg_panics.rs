// Negating the minimum value of a signed type overflows.
fn neg(x: i64) -> i64 {
    -x
}

fn main() {
    println!("{}", neg(5));
    println!("{}", neg(i64::MAX));
    let m = i64::MIN;
    println!("{}", neg(m));
}
