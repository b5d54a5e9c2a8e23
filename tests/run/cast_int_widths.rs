// `as` between integer widths truncates, sign-extends or zero-extends.
fn main() {
    let big: i32 = 300;
    println!("{}", big as u8);
    println!("{}", big as i8);
    println!("{}", -1i32 as u32);
    println!("{}", -1i8 as u64);
    println!("{}", -1i8 as i64);
    println!("{}", 255u8 as i8);
    println!("{}", 65535u16 as i16);
    println!("{}", 0x1_0000_0001u64 as u32);
    println!("{}", u64::MAX as i64);
    println!("{}", i64::MIN as u64);
    println!("{}", 200u8 as i32);
    println!("{}", -5i16 as usize as u64 == u64::MAX - 4);
    println!("{}", true as u8 + false as u8);
    println!("{}", 'A' as u8);
    println!("{}", 97u8 as char);
    println!("{}", 0x263a as u32 as u8);
    println!("{}", i128::MAX as u8);
    println!("{}", -129i32 as i8);
}
