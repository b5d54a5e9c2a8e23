// Shifts: logical on unsigned, arithmetic on signed.
fn main() {
    let x: u32 = 1;
    let mut i = 0;
    while i < 32 {
        if i % 7 == 0 {
            println!("1 << {} = {}", i, x << i);
        }
        i += 1;
    }
    let y: i32 = -64;
    println!("{}", y >> 2);
    println!("{}", y << 3);
    let z: u8 = 0b1000_0000;
    println!("{}", z >> 7);
    let w: i8 = -128;
    println!("{}", w >> 7);
    let big: u64 = 0xdead_beef;
    println!("{}", big << 16);
    println!("{}", (big << 16) >> 20);
    let mut s: i64 = 1;
    s <<= 40;
    s >>= 3;
    println!("{}", s);
}
