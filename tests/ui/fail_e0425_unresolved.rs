// rustg-flags: --analyze
fn main() {
    let x = 1;
    println!("{}", x + y);
    println!("{missing}");
    undefined_fn(3);
}
