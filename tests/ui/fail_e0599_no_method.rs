// rustg-flags: --analyze
fn main() {
    let x: i32 = 5;
    println!("{}", x.frobnicate());
}
