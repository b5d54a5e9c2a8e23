// rustg-flags: --analyze
fn make<const N: usize>() -> usize {
    N
}
fn main() {
    let x = make();
    println!("{}", x);
}
