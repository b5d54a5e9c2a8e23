// Right shift by too many bits panics as well.
fn main() {
    let amount: u32 = std::hint::black_box(70);
    let x: i64 = -256;
    println!("{}", x >> 4);
    println!("{}", x >> amount);
}
