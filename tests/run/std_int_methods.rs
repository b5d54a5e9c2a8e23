// Integer methods of std beyond the operators: euclid, checked/saturating/overflowing/wrapping
// families, bit manipulation, logs and byte conversions, on signed and unsigned widths.
fn main() {
    let vals: [i32; 5] = [7, -7, 0, i32::MAX, i32::MIN];
    for v in vals {
        println!("{} rem_euclid {} div_euclid {}", v, v.rem_euclid(3), v.div_euclid(3));
        println!("{:?} {:?} {:?}", v.checked_add(1), v.checked_sub(1), v.checked_mul(2));
        println!("{} {} {}", v.saturating_add(100), v.saturating_sub(100), v.saturating_mul(3));
        println!("{:?} {:?} {:?}", v.overflowing_add(1), v.overflowing_sub(1), v.overflowing_mul(2));
        println!("{:?} {:?} {:?}", v.checked_div(-1), v.checked_rem(2), v.checked_neg());
        println!("{} {} {}", v.wrapping_neg(), v.wrapping_abs(), v.unsigned_abs());
        println!("{} {} {}", v.count_zeros(), v.leading_ones(), v.trailing_ones());
        println!("{} {}", v.abs_diff(-3), v.clamp(-5, 5));
    }
    let us: [u8; 4] = [0, 1, 200, 255];
    for u in us {
        println!("{:?} {} {:?}", u.checked_add(100), u.saturating_add(100), u.overflowing_add(100));
        println!("{:?} {} {}", u.checked_sub(1), u.saturating_sub(1), u.wrapping_sub(1));
        println!("{} {:#010b} {:#04x}", u.is_power_of_two(), u.reverse_bits(), u.swap_bytes());
        println!("{} {}", u.rotate_left(3), u.rotate_right(3));
    }
    println!("{:?} {:?}", 3u64.checked_pow(40), 3u64.checked_pow(41));
    println!("{} {}", 3u64.wrapping_pow(41), 2i32.saturating_pow(40));
    println!("{} {}", (-2i32).saturating_pow(31), (-2i32).saturating_pow(33));
    println!("{} {:?} {:?}", 1u32.wrapping_shl(35), 1u32.checked_shl(35), 16u32.checked_shr(2));
    println!("{} {}", i32::MIN.wrapping_div(-1), i32::MIN.wrapping_rem(-1));
    println!("{} {} {}", 1000u32.ilog10(), 1024u32.ilog2(), 99u64.isqrt());
    println!("{} {}", u64::MAX.isqrt(), 17u16.next_power_of_two());
    println!("{:?} {:?}", 0x1234u16.to_be_bytes(), 0x12345678u32.to_le_bytes());
    println!("{:#x} {:#x}", 0x12345678u32.swap_bytes(), 0x12345678u32.rotate_left(8));
    println!("{} {}", (-17i64).rem_euclid(-5), (-17i64).div_euclid(-5));
    println!("{} {}", 17usize.abs_diff(30), (-128i8).unsigned_abs());
    println!("{} {}", 3.min(9), 15.clamp(0, 10));
}
