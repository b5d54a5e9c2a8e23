// Parsing floats from strings, including special values, errors and round-tripping.
fn main() {
    let inputs = ["3.25", "-0.5", "1e3", "2.5E-3", ".5", "5.", "inf", "-infinity", "NaN", "abc", "", "1.2.3", "  4"];
    for s in inputs {
        match s.parse::<f64>() {
            Ok(v) => println!("{:?} -> {} ({:?})", s, v, v),
            Err(e) => println!("{:?} -> error: {}", s, e),
        }
    }
    let f: f32 = "0.1".parse().unwrap();
    println!("{} {}", f, f as f64);
    let x = 0.1 + 0.7;
    let back: f64 = x.to_string().parse().unwrap();
    println!("{} {}", x, back == x);
    let total: f64 = "1.5 2.25 3.125".split(' ').map(|t| t.parse::<f64>().unwrap()).sum();
    println!("{}", total);
}
