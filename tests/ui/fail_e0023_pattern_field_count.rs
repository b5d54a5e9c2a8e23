// rustg-flags: --analyze
enum Shape {
    Rect(u32, u32),
    Dot,
}

struct Pair(i32, i32);

fn main() {
    let s = Shape::Rect(1, 2);
    match s {
        Shape::Rect(w) => println!("{}", w),
        Shape::Dot => {}
    }
    let Pair(a, b, c) = Pair(1, 2);
}
