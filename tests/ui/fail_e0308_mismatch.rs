// rustg-flags: --analyze
fn half(n: i32) -> i32 {
    n / 2
}

fn main() {
    let a: i32 = "text";
    let b: bool = half(4);
    if 1 {
        println!("{}", a);
    }
}
