fn main() {
    let a = 300i32;
    println!("{} {} {}", a as u8, a as i8, -1i32 as u32);
    println!("{} {}", 3.99f64 as i32, -3.99f64 as i32);
    println!("{} {}", 1e20 as i32, -1e20 as i64);
    println!("{} {}", f64::NAN as u8, 300.5 as u8);
    println!("{} {}", 65u8 as char, 'a' as u32);
    println!("{} {}", true as i32, false as u8);
    println!("{} {}", 7 as f64 / 2.0, (10u64 as f32) / 4.0);
    let big: u64 = 18446744073709551615;
    println!("{} {}", big as i64, big as f64);
    let c = 'Z';
    println!("{}", (c as u8 + 1) as char);
}
