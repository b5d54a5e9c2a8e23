// Integer methods: pow, abs, signum, bit counts, rotations, min/max/clamp.
fn main() {
    println!("{} {} {}", 2i32.pow(10), (-3i64).pow(3), 10u64.pow(18));
    println!("{} {} {}", (-7i32).abs(), (-7i32).signum(), 0i32.signum());
    let x: u32 = 0b0000_0000_1011_0000_0000_0000_0000_0000;
    println!("{} {} {}", x.count_ones(), x.leading_zeros(), x.trailing_zeros());
    println!("{} {}", x.count_zeros(), u8::MAX.count_ones());
    println!("{:#x}", 0x12345678u32.rotate_left(8));
    println!("{:#x}", 0x12345678u32.rotate_right(4));
    println!("{:#x}", 0x12345678u32.swap_bytes());
    println!("{:#x}", 0x12u8.reverse_bits());
    println!("{} {}", 64u32.is_power_of_two(), 65u32.is_power_of_two());
    println!("{} {}", 65u32.next_power_of_two(), 1u32.next_power_of_two());
    println!("{} {}", 3.min(9), 3.max(9));
    println!("{} {} {}", 15.clamp(0, 10), (-5).clamp(0, 10), 7.clamp(0, 10));
    println!("{}", 17u32.abs_diff(30));
    println!("{}", (-4i32).unsigned_abs());
    println!("{}", 1000u32.ilog10());
    println!("{}", 1024u32.ilog2());
    println!("{}", 99u64.isqrt());
    println!("{:?}", 0x1234u16.to_be_bytes());
    println!("{:?}", 0x1234u16.to_le_bytes());
    println!("{}", u32::from_be_bytes([0, 0, 1, 2]));
}
