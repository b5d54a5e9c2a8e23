// Function items and fn pointers as values, in arrays and as parameters.
fn add(a: i32, b: i32) -> i32 {
    a + b
}
fn sub(a: i32, b: i32) -> i32 {
    a - b
}
fn mul(a: i32, b: i32) -> i32 {
    a * b
}

fn apply(f: fn(i32, i32) -> i32, a: i32, b: i32) -> i32 {
    f(a, b)
}

fn twice(f: fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn inc(x: i32) -> i32 {
    x + 1
}

fn pick(op: char) -> fn(i32, i32) -> i32 {
    match op {
        '+' => add,
        '-' => sub,
        _ => mul,
    }
}

fn main() {
    let ops: [(&str, fn(i32, i32) -> i32); 3] = [("add", add), ("sub", sub), ("mul", mul)];
    for (name, f) in ops {
        println!("{} {}", name, apply(f, 7, 3));
    }
    println!("{}", twice(inc, 5));
    println!("{}", pick('-')(10, 4));
    println!("{}", pick('*')(10, 4));
    let f: fn(i32) -> i32 = |x| x * x;
    println!("{}", twice(f, 3));
    let v: Vec<i32> = [1, 2, 3].iter().map(|&x| inc(x)).collect();
    println!("{:?}", v);
    let strs: Vec<String> = [1, 2].iter().map(ToString::to_string).collect();
    println!("{:?}", strs);
}
