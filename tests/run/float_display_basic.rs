// Display of f64: shortest round-trip form, no exponent, special values.
fn main() {
    let vals = [
        0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 100.0, 1e15, 1e16, 1e21, 1e22,
        1.5e300, 1e-5, 1e-7, 123456789.125, 3.141592653589793, f64::MAX, f64::MIN_POSITIVE, f64::EPSILON,
        5e-324,
    ];
    for v in vals {
        println!("{}", v);
    }
    println!("{} {} {}", f64::NAN, f64::INFINITY, f64::NEG_INFINITY);
    println!("{}", -f64::NAN);
    println!("{}", 7.0 / 2.0);
    println!("{}", 1e10 as f64 * 1e10);
}
