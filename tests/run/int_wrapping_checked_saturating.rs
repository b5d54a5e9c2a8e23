// Explicit overflow behaviour: wrapping_*, checked_*, saturating_*, overflowing_*.
fn main() {
    let a: u8 = 200;
    let b: u8 = 100;
    println!("{}", a.wrapping_add(b));
    println!("{:?}", a.checked_add(b));
    println!("{:?}", a.checked_add(50));
    println!("{}", a.saturating_add(b));
    println!("{:?}", a.overflowing_add(b));
    println!("{}", b.wrapping_sub(a));
    println!("{}", b.saturating_sub(a));
    println!("{:?}", b.checked_sub(a));
    println!("{}", 16u8.wrapping_mul(17));
    println!("{:?}", 16u8.checked_mul(17));
    println!("{}", i32::MIN.wrapping_neg());
    println!("{:?}", i32::MIN.checked_neg());
    println!("{:?}", i32::MIN.checked_div(-1));
    println!("{:?}", 5i32.checked_div(0));
    println!("{:?}", 5i32.checked_rem(0));
    println!("{}", i32::MIN.wrapping_div(-1));
    println!("{}", (-100i8).saturating_sub(100));
    println!("{}", 100i8.saturating_add(100));
    println!("{}", 1u32.wrapping_shl(35));
    println!("{:?}", 1u32.checked_shl(35));
    println!("{}", i64::MAX.wrapping_add(1) == i64::MIN);
    println!("{:?}", 3u64.checked_pow(40));
    println!("{:?}", 3u64.checked_pow(41));
    println!("{}", 3u64.wrapping_pow(41));
    println!("{}", 2i32.saturating_pow(40));
}
