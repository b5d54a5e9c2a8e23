// rustg-flags: --analyze
fn main() {
    let a = "a" + "b";
    let b = true * false;
    println!("{} {}", a, b);
}
