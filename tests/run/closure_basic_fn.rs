// Closures: inferred and annotated parameters, capturing by reference, calling through Fn bounds.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let add = |a, b| a + b;
    let sq = |x: i64| -> i64 { x * x };
    println!("{} {}", add(2, 3), sq(-9));
    let offset = 100;
    let shift = |x| x + offset;
    println!("{} {}", shift(1), apply(shift, 5));
    println!("{}", apply(|x| x * 3, 7));
    let inc_then_double = compose(|x: i32| x + 1, |x: i32| x * 2);
    println!("{}", inc_then_double(4));
    let to_len = compose(|s: &str| s.len(), |n: usize| format!("len={}", n));
    println!("{}", to_len("hello"));
    let names = vec!["x", "yy"];
    let has = |n: &str| names.contains(&n);
    println!("{} {} {:?}", has("x"), has("z"), names);
    let noargs = || 42;
    println!("{}", noargs());
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(|x| x * x), Box::new(move |x| x - offset)];
    for f in &fs {
        print!("{} ", f(6));
    }
    println!();
}
