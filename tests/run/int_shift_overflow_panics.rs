// Shifting by the bit width or more panics in debug builds.
fn shl(x: u32, s: u32) -> u32 {
    x << s
}

fn main() {
    for s in [0, 1, 16, 31] {
        println!("{}", shl(1, s));
    }
    let s = 32;
    println!("{}", shl(1, s));
}
