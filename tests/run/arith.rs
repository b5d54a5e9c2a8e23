fn main() {
    let a = 17;
    let b = 5;
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    println!("{} {}", -a / b, -a % b);
    let x: u32 = 0b1011;
    println!("{} {} {} {} {}", x & 6, x | 4, x ^ 15, x << 3, x >> 1);
    println!("{} {}", !x, !0u8);
    let f = 7.5;
    let g = 2.0;
    println!("{} {} {} {} {}", f + g, f - g, f * g, f / g, f % g);
    println!("{}", (a + b) * (a - b) / 3);
    let mut m = 10;
    m += 5;
    m -= 3;
    m *= 4;
    m /= 6;
    m %= 5;
    m <<= 4;
    m >>= 1;
    m |= 1;
    m &= 0xff;
    m ^= 0x0f;
    println!("{}", m);
}
