// pow overflows like multiplication does in debug builds.
fn main() {
    let base: i32 = std::hint::black_box(10);
    for e in 0..12 {
        println!("10^{} = {}", e, base.pow(e));
    }
}
