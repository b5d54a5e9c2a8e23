// rustg-flags: --analyze
struct Holder<U> {
    u: U,
}
fn size<const N: usize>() -> usize {
    N
}
fn main() {
    let a = size::<u8>();
    let b: Holder<3> = Holder { u: 1 };
    println!("{} {}", a, b.u);
}
