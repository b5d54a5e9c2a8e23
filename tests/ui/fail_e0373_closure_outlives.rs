// rustg-flags: --analyze
// A returned closure that borrows a local of the function would outlive it.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n
}

fn main() {
    let a = make_adder(1);
    println!("{}", a(2));
}
