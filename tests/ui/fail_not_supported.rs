// rustg-flags: --analyze
trait Shape {}

fn main() {
    let c = |x: i32| x + 1;
    let s = String::new();
    my_macro!(1);
}
