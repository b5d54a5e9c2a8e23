// Operator precedence and associativity.
fn main() {
    a = b = c + d * e - f / g % h;
    x += y << 2 >> 1 & 3 ^ 4 | 5;
    r = a == b && c != d || e < f && g >= h;
    p = -x as u32 as u64;
    q = !*&mut v;
    s = &&x;
    t = x.0.1 + y.await?.z;
    u = f(1)(2)[3].m::<u8>(4);
    v -= 1; v *= 2; v /= 3; v %= 4; v ^= 5; v &= 6; v |= 7; v <<= 8; v >>= 9;
    w = a < -b;
    z = box 5;
    raw = &raw const place;
    raw2 = &raw mut place;
}
