// f32 values display with f32's own shortest representation.
fn main() {
    let vals: [f32; 10] = [0.1, 0.2, 1.0 / 3.0, 16777216.0, 16777217.0, 1e-3, 3.4028235e38, 1.17549435e-38, 2.5, -7.75];
    for v in vals {
        println!("{}", v);
    }
    let a: f32 = 0.1;
    let b: f32 = 0.2;
    println!("{}", a + b);
    println!("{}", (a + b) as f64);
    println!("{}", a as f64);
    println!("{}", f32::MAX);
    println!("{}", f32::EPSILON);
    println!("{}", 1.0f32 / 7.0);
    println!("{}", 100.0f32.sqrt());
}
