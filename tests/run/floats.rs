fn main() {
    println!("{}", 0.1 + 0.2);
    println!("{} {} {}", 1.0, -0.0, 100.0);
    println!("{} {}", 1e15, 1e16);
    println!("{} {}", 1e-7, 123456789.125);
    println!("{:?} {:?} {:?}", 1.0, 1e16, 1e-5);
    println!("{:?} {:?}", 0.3, 2.5e-8);
    let x: f32 = 0.1;
    println!("{} {:?}", x, x + 0.2);
    println!("{:.2} {:.0} {:.3}", 3.14159, 2.5, 1.0 / 3.0);
    println!("{:8.3}|{:<8.2}|{:+.1}", 2.71828, 1.5, 4.0);
    println!("{:e} {:e} {:E}", 1234.5, 0.00012, 1e10);
    println!("{}", f64::MAX);
    println!("{} {}", f64::INFINITY, -f64::INFINITY);
    println!("{}", f64::NAN);
    println!("{}", std::f64::consts::PI);
    let s = 2.0f64;
    println!("{} {} {}", s.sqrt(), s.powi(10), s.powf(0.5));
    println!("{} {} {} {}", 2.7f64.floor(), 2.2f64.ceil(), 2.5f64.round(), (-2.7f64).trunc());
    println!("{} {}", (-3.5f64).abs(), 1.0f64.max(2.0));
}
