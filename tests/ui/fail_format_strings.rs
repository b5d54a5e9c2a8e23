// rustg-flags: --analyze
fn main() {
    let fmt = "x";
    println!(fmt);
    println!("{} {}", 1);
    println!("unclosed {");
    println!("{:q}", 1);
}
