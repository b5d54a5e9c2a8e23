// fn pointer types: fn items and non-capturing closures as values, in arrays, tuples, struct
// fields and Vecs, passed, returned and called (also as a computed callee).
fn add(a: i32, b: i32) -> i32 {
    a + b
}
fn sub(a: i32, b: i32) -> i32 {
    a - b
}
fn mul(a: i32, b: i32) -> i32 {
    a * b
}
fn inc(x: i32) -> i32 {
    x + 1
}
fn shout(s: &str) {
    println!("{}!", s.to_uppercase());
}

fn apply(f: fn(i32, i32) -> i32, a: i32, b: i32) -> i32 {
    f(a, b)
}

fn twice(f: fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn pick(op: char) -> fn(i32, i32) -> i32 {
    match op {
        '+' => add,
        '-' => sub,
        _ => mul,
    }
}

struct Button {
    label: &'static str,
    on_click: fn(&str),
}

struct Op {
    name: String,
    f: fn(i32, i32) -> i32,
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
    let g = inc;
    println!("{}", g(41));
    let b = Button { label: "ok", on_click: shout };
    (b.on_click)(b.label);
    let table: Vec<Op> = vec![Op { name: String::from("plus"), f: add }, Op { name: String::from("times"), f: mul }];
    for op in &table {
        println!("{} {}", op.name, (op.f)(6, 7));
    }
    let mut fs: Vec<fn(i32) -> i32> = Vec::new();
    fs.push(inc);
    fs.push(|x| x - 100);
    fs.push(f);
    let mut acc = 1;
    for h in fs {
        acc = h(acc);
    }
    println!("{}", acc);
    let neg = |x: i32| -> i32 { -x };
    println!("{}", twice(neg, 9));
}
