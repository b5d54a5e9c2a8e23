// rustg-flags: --analyze
trait Shape {}

fn main() {
    let v = vec![1, 2, 3];
    let t = (1, 2);
    let c = |x: i32| x + 1;
    let r = &v;
    my_macro!(1);
}
