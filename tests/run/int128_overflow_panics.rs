// u128 multiplication past the maximum panics in a debug build, as rustc's does.
fn main() {
    let mut x: u128 = 3;
    for i in 0..90 {
        x = x * 3;
        if i % 20 == 0 {
            println!("{} {}", i, x);
        }
    }
    println!("unreachable {}", x);
}
