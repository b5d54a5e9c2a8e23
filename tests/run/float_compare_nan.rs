// Float comparisons including NaN, signed zero, partial_cmp, total_cmp.
fn main() {
    let nan = f64::NAN;
    println!("{} {} {}", nan == nan, nan != nan, nan < 1.0);
    println!("{} {}", nan.is_nan(), 1.0f64.is_nan());
    println!("{}", 0.0 == -0.0);
    println!("{} {}", (-0.0f64).is_sign_negative(), 0.0f64.is_sign_negative());
    println!("{:?}", 1.0f64.partial_cmp(&2.0));
    println!("{:?}", nan.partial_cmp(&2.0));
    println!("{:?}", (-0.0f64).total_cmp(&0.0));
    println!("{} {}", f64::INFINITY > f64::MAX, f64::NEG_INFINITY < f64::MIN);
    println!("{} {}", f64::INFINITY.is_finite(), 1e308f64.is_finite());
    println!("{}", f64::INFINITY.is_infinite());
    let mut v: Vec<f64> = vec![3.5, -1.0, 2.25, 0.0, -7.5];
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", v);
    v.sort_by(|a, b| b.total_cmp(a));
    println!("{:?}", v);
    println!("{}", v.iter().cloned().fold(f64::NEG_INFINITY, f64::max));
}
