// Debug of floats keeps a ".0" and switches to exponent form for very large and small values.
fn main() {
    let vals = [0.0, 1.0, -2.0, 0.25, 1e15, 1e16, 1e17, 1e-4, 1e-5, 1e-7, 123.456, f64::NAN, f64::INFINITY];
    for v in vals {
        println!("{:?}", v);
    }
    let fs = [1.0f32, 0.1, 16777216.0, 3.4028235e38, 1e-10];
    for v in fs {
        println!("{:?} {}", v, v);
    }
    println!("{:?}", (1.5, -0.0));
    println!("{:?}", [0.5f32; 3]);
}
