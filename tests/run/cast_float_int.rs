// Float to integer casts saturate and map NaN to 0; integer to float rounds.
fn main() {
    let vals = [0.0f64, 1.9, -1.9, 255.5, 256.0, -1.0, 1e20, -1e20, f64::NAN, f64::INFINITY, f64::NEG_INFINITY];
    for v in vals {
        println!("{} -> u8 {} i8 {} i32 {} u64 {}", v, v as u8, v as i8, v as i32, v as u64);
    }
    println!("{}", 16777217i32 as f32);
    println!("{}", u64::MAX as f64);
    println!("{}", i64::MIN as f64);
    println!("{}", 3u8 as f32 / 2.0);
    println!("{}", 2.5f32 as f64);
    println!("{}", 0.1f64 as f32);
    println!("{}", (7 as f64 / 2.0) as i32);
}
