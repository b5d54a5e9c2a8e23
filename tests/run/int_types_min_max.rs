// Bounds of every integer type and literal suffixes.
fn main() {
    println!("i8 {} {}", i8::MIN, i8::MAX);
    println!("u8 {} {}", u8::MIN, u8::MAX);
    println!("i16 {} {}", i16::MIN, i16::MAX);
    println!("u16 {} {}", u16::MIN, u16::MAX);
    println!("i32 {} {}", i32::MIN, i32::MAX);
    println!("u32 {} {}", u32::MIN, u32::MAX);
    println!("i64 {} {}", i64::MIN, i64::MAX);
    println!("u64 {} {}", u64::MIN, u64::MAX);
    println!("i128 {} {}", i128::MIN, i128::MAX);
    println!("u128 {} {}", u128::MIN, u128::MAX);
    println!("isize {} {}", isize::MIN, isize::MAX);
    println!("usize {} {}", usize::MIN, usize::MAX);
    let a = 250u8;
    let b = -3i64;
    let c = 1_000_000u32;
    let d = 0xffi32;
    let e = 0o777u16;
    let f = 0b1010_1010u8;
    println!("{} {} {} {} {} {}", a, b, c, d, e, f);
}
