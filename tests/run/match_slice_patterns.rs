// Slice and array patterns with rest, bindings of the rest, and fixed lengths.
fn describe(s: &[i32]) -> String {
    match s {
        [] => "empty".to_string(),
        [x] => format!("one: {}", x),
        [first, second] => format!("two: {} {}", first, second),
        [first, .., last] if first == last => format!("bookends {}", first),
        [first, middle @ .., last] => format!("{} ..{:?}.. {}", first, middle, last),
    }
}

fn sum(s: &[i32]) -> i32 {
    match s {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}

fn main() {
    let cases: [&[i32]; 6] = [&[], &[1], &[1, 2], &[7, 3, 7], &[1, 2, 3, 4], &[5, 6, 7, 8, 9]];
    for c in cases {
        println!("{} (sum {})", describe(c), sum(c));
    }
    let arr = [10, 20, 30];
    let [a, b, c] = arr;
    println!("{}", a + b + c);
    if let [x, ..] = arr {
        println!("first {}", x);
    }
    let words = ["let", "x", "=", "5"];
    match words {
        ["let", name, "=", value] => println!("bind {} to {}", name, value),
        _ => println!("no"),
    }
}
