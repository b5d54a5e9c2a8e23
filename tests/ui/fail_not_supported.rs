// rustg-flags: --analyze
trait Shape {}

fn main() {
    let c = |x: i32| x + 1;
    let b = Box::new(5);
    my_macro!(1);
}
