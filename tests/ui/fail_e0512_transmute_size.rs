// transmute between types of different sizes: rustc's E0512.
fn main() {
    let x: u64 = unsafe { std::mem::transmute(1u32) };
    println!("{}", x);
}
