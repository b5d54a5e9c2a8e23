// rustg-flags: --analyze
trait Fill {
    fn fill<const N: usize>(&self) -> [u8; N];
}
fn grow<const N: usize>(a: [u8; N]) -> [u8; N + 1] {
    let mut out = [0; N + 1];
    out[0] = a[0];
    out
}
fn main() {
    println!("{:?}", grow([1, 2]));
}
