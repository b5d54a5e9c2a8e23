// Debug builds panic on u8 addition overflow.
fn add(a: u8, b: u8) -> u8 {
    a + b
}

fn main() {
    let mut x: u8 = 250;
    for i in 0..3 {
        x = add(x, 1);
        println!("{} {}", i, x);
    }
    let y = add(x, 10);
    println!("not reached {}", y);
}
