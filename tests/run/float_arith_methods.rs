// Float arithmetic and exactly-rounded methods.
fn main() {
    let a = 7.5f64;
    let b = -2.25f64;
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    println!("{} {}", -a, (-7.5f64) % 2.0);
    let xs: [f64; 6] = [2.5, -2.5, 3.5, 0.49999, -0.5, 1.0000001];
    for x in xs {
        println!("{}: floor {} ceil {} round {} trunc {} fract {} abs {}", x, x.floor(), x.ceil(), x.round(), x.trunc(), x.fract(), x.abs());
    }
    println!("{}", 2.0f64.sqrt());
    println!("{}", 10.0f64.powi(-2));
    println!("{}", 2.0f64.powi(10));
    println!("{}", 1.0f64.min(f64::NAN));
    println!("{} {}", 3.0f64.max(4.0), 3.0f64.min(4.0));
    println!("{}", (-8.0f64).signum());
    println!("{}", 9.0f64.mul_add(2.0, 1.0));
    println!("{}", 5.0f64.hypot(12.0));
    println!("{}", 1e308 * 10.0);
    println!("{}", 0.0f64 / 0.0);
    println!("{}", 1.0f64 / 0.0);
    println!("{}", (0.1f64 + 0.2 - 0.3).abs() < f64::EPSILON);
    println!("{}", 2.0f64.clamp(0.0, 1.0));
    println!("{}", 12.5f64.to_bits());
    println!("{}", f64::from_bits(4612811918334230528));
    let mut acc = 0.0f64;
    for i in 1..=10 {
        acc += 1.0 / i as f64;
    }
    println!("{}", acc);
}
