// i32::MIN / -1 overflows and panics.
fn main() {
    let a = std::hint::black_box(i32::MIN);
    let b = std::hint::black_box(-1);
    println!("{}", a / 2);
    println!("{}", a / b);
}
