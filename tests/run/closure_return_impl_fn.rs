// Closures returned through `-> impl Fn(..)`, deferred parameter inference (`|a, b| a + b`),
// closures called through references and from generic functions.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}
fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}
fn call_with<T, F: Fn(T) -> T>(f: &F, v: T) -> T {
    f(v)
}
fn main() {
    let add = |a, b| a + b;
    println!("{}", add(2, 3));
    let add5 = make_adder(5);
    println!("{} {}", add5(1), add5(10));
    let mut next = make_counter();
    next();
    next();
    println!("{}", next());
    let h = compose(|x: i32| x * 3, |y: i32| format!("<{}>", y));
    println!("{}", h(7));
    let sq = |v: f64| v * v;
    println!("{}", call_with(&sq, 1.5));
    let mut total = 0;
    for i in 1..=4 {
        let mut bump = |k: i32| total += k * i;
        bump(1);
    }
    println!("{}", total);
}
