// Rust 2021 default binding modes: matching through references binds by reference; `&p` resets.
fn surprise(x: i32) -> i32 {
    x * 10
}

struct Pair {
    a: i32,
    b: (u8, char),
}

fn main() {
    let x = &(1, &2);
    let (_, &b) = x;
    println!("{}", surprise(b));
    let (a, c) = x;
    println!("{} {}", a, **c);
    let p = Pair { a: 7, b: (3, 'z') };
    let r = &p;
    let Pair { a, b: (n, ch) } = r;
    println!("{} {} {}", a, n, ch);
    let opt = &Some(5);
    if let Some(v) = opt {
        println!("{}", v + 1);
    }
    match &opt {
        Some(v) => println!("some {}", v),
        None => println!("none"),
    }
}
