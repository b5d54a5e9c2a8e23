// rustg-flags: --analyze
trait Shape {
    type Out;
}

fn main() {
    let c = |x: i32| x + 1;
    let b: Box<dyn Shape<Out = i32>> = Box::new(5);
    my_macro!(1);
}
