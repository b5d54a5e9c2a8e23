fn main() {
    let a: i32 = -7;
    println!("{} {} {}", a.abs(), a.pow(2), 2i64.pow(40));
    println!("{} {}", a.min(3), a.max(3));
    println!("{} {} {}", a.signum(), a.is_negative(), a.is_positive());
    println!("{} {}", 250u8.wrapping_add(10), 0u32.wrapping_sub(1));
    println!("{}", i32::MAX.wrapping_mul(2));
    println!("{} {} {}", 0b1011u8.count_ones(), 1u32.leading_zeros(), 8u16.trailing_zeros());
    println!("{}", 0u64.leading_zeros());
}
