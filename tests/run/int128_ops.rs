// i128/u128 arithmetic, comparisons, bit operations, casts and formatting: the same output
// whichever C compiler rustg uses (tcc emulates 128-bit integers as two 64-bit halves).
fn fib(n: u32) -> u128 {
    let mut a: u128 = 0;
    let mut b: u128 = 1;
    for _ in 0..n {
        let c = a + b;
        a = b;
        b = c;
    }
    a
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

fn main() {
    let big: u128 = 0x1234_5678_9abc_def0_0fed_cba9_8765_4321;
    println!("{}", big);
    println!("{:x} {:X} {:#x}", big, big, big);
    println!("{:b}", big >> 100);
    println!("{:o}", big >> 64);
    println!("{:?}", big);
    println!("{:>45}|", big);
    println!("{:<45}|", big);
    println!("{:045}", big);
    let neg: i128 = -170141183460469231731687303715884105728;
    println!("{} {:?} {:x}", neg, neg, neg);
    println!("{} {}", i128::MIN, i128::MAX);
    println!("{} {}", u128::MIN, u128::MAX);
    println!("{:+}", 5i128);
    // Arithmetic with carries across the halves.
    let a: u128 = u64::MAX as u128;
    println!("{} {} {}", a + 1, a * a, (a * a) / 7);
    println!("{} {}", (a * a) % 1_000_000_007, (a + 1) - 2);
    let s: i128 = -12345678901234567890123456789;
    println!("{} {} {} {}", s / 1000, s % 1000, s * -3, -s);
    println!("{} {}", s >> 3, s << 2);
    println!("{}", fib(150));
    println!("{}", gcd(2 * 3 * 5 * 7 * 11 * 13 * 1_000_000_000_007, 3 * 5 * 13 * 1_000_000_000_007 * 17));
    // Comparisons, including across the sign of the high half.
    let x: i128 = -1;
    let y: i128 = 1 << 64;
    println!("{} {} {} {} {} {}", x < y, x > y, x == y, x != y, x <= x, y >= x);
    let p: u128 = 1 << 64;
    let q: u128 = (1 << 64) - 1;
    println!("{} {} {}", p > q, p == q + 1, q < p);
    // Bit operations.
    println!("{:x} {:x} {:x} {:x}", big & 0xffff_0000_ffff, big | 1 << 127, big ^ big >> 3, !big);
    println!("{} {}", !0i128, !(-1i128));
    println!("{} {} {}", big.count_ones(), big.leading_zeros(), big.trailing_zeros());
    println!("{} {} {}", (1u128 << 100).trailing_zeros(), (1i128 << 100).leading_zeros(), 0u128.leading_zeros());
    // Casts between widths and signedness.
    println!("{} {} {}", -1i32 as u128, -1i64 as i128, 255u8 as i128);
    println!("{} {} {}", big as u64, big as i32, big as u8);
    println!("{} {}", neg as u128, u128::MAX as i128);
    println!("{} {}", true as u128, 'A' as u128);
    println!("{} {} {}", big as f64, neg as f64, u128::MAX as f32);
    println!("{} {} {}", 1e30f64 as u128, -1e30f64 as i128, -5.0f64 as u128);
    println!("{} {}", f64::MAX as u128, f64::NAN as i128);
    // Loops over 128-bit ranges.
    let mut sum: u128 = 0;
    for i in 1..=100u128 {
        sum += i * i;
    }
    println!("{}", sum);
    let mut t: i128 = 0;
    for i in -5i128..5 {
        t += i * 3;
    }
    println!("{}", t);
    // Wrapping and checked arithmetic.
    println!("{} {}", u128::MAX.wrapping_add(2), i128::MIN.wrapping_sub(1));
    println!("{:?} {:?}", u128::MAX.checked_add(1), 5u128.checked_sub(3));
    println!("{:?} {:?}", i128::MAX.checked_mul(2), 7i128.checked_div(0));
    let v = vec![3u128, 1 << 70, 2];
    println!("{:?}", v);
    let m = v.iter().max().unwrap();
    println!("{}", m);
}
