// 128-bit integers: arithmetic, division, display, shifts.
fn main() {
    let a: u128 = 1 << 100;
    let b: u128 = 0xffff_ffff_ffff_ffff_ffff;
    println!("{}", a);
    println!("{}", b);
    println!("{}", a + b);
    println!("{}", a / 3);
    println!("{}", a % 1_000_000_007);
    println!("{}", b * 12345);
    let c: i128 = -170141183460469231731687303715884105728;
    println!("{}", c);
    println!("{}", c / 7);
    println!("{}", c % 7);
    println!("{}", (c + 1).abs());
    let mut f: u128 = 1;
    for i in 1..=34u128 {
        f *= i;
    }
    println!("34! = {}", f);
    println!("{:x}", f);
    println!("{}", u128::MAX.count_ones());
}
