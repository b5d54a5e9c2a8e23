// Bitwise and, or, xor, not on several widths.
fn main() {
    let a: u32 = 0b1100_1010;
    let b: u32 = 0b1010_0110;
    println!("{}", a & b);
    println!("{}", a | b);
    println!("{}", a ^ b);
    println!("{}", !a);
    let c: u8 = 0x0f;
    println!("{}", !c);
    let d: i32 = -1;
    println!("{}", d & 0xff);
    println!("{}", !0i64);
    let mut m: u16 = 0;
    m |= 1;
    m |= 4;
    m ^= 5;
    m |= 0x80;
    m &= 0xf0;
    println!("{}", m);
    println!("{}", true & false);
    println!("{}", true | false);
    println!("{}", true ^ true);
}
