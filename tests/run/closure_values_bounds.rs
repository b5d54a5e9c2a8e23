// Closures as values: captures by reference and by `move`, calls through locals, generic
// `F: Fn(..)`/`FnMut` bounds and `impl Fn(..)` arguments.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}
fn twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}
fn run_mut<F: FnMut()>(mut f: F) {
    f();
    f();
}
fn main() {
    let k = 10;
    let add = |x: i32| x + k;
    let double = |x| x * 2;
    println!("{} {}", add(1), double(4));
    println!("{}", apply(|x| x - 1, 5));
    println!("{}", apply(add, 7));
    println!("{}", twice(double, 3));
    let mut count = 0;
    run_mut(|| count += 1);
    println!("{}", count);
    let name = String::from("bob");
    let greet = move |g: &str| format!("{} {}", g, name);
    println!("{}", greet("hi"));
}
