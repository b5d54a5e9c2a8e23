// rustg-flags: --analyze
fn takes<const N: usize>(a: [u8; N], b: [u8; N]) -> usize {
    a.len() + b.len()
}
fn main() {
    let a: [i32; 3] = [1, 2, 3, 4];
    println!("{:?} {}", a, takes([1, 2], [3, 4, 5]));
}
