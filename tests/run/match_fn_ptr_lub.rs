// Match arms mixing fn items and non-capturing closures meet at the fn pointer type (rustc's
// least-upper-bound coercion), whichever arm comes first.
fn add(a: i32, b: i32) -> i32 {
    a + b
}
fn mul(a: i32, b: i32) -> i32 {
    a * b
}
fn pick(op: &str) -> fn(i32, i32) -> i32 {
    let f = match op {
        "-" => |a, b| a - b,
        "+" => add,
        "*" => mul,
        _ => |_, _| 0,
    };
    f
}
fn main() {
    for op in ["+", "-", "*", "?"] {
        println!("{} {}", op, pick(op)(7, 3));
    }
    let g = match 2 {
        1 => add,
        _ => |a: i32, b: i32| a * 10 + b,
    };
    println!("{}", g(4, 2));
}
