// rustg-flags: --analyze
fn first<const N: usize>(a: [u8; N]) -> u8 {
    let [x, ..] = a;
    x
}
fn main() {
    println!("{}", first([1, 2]));
}
