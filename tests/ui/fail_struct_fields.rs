// rustg-flags: --analyze
struct P {
    x: i32,
    y: i32,
}

fn main() {
    let a = P { x: 1 };
    let b = P { x: 1, y: 2, z: 3 };
    println!("{}", b.w);
}
