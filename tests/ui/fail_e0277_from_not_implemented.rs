// rustg-flags: --analyze
// `into()` needs a `From` impl from the receiver's type into the expected one.
struct Point {
    x: i64,
}

impl From<i64> for Point {
    fn from(x: i64) -> Point {
        Point { x }
    }
}

fn main() {
    let p: Point = "origin".into();
    let q: u8 = 300u16.into();
    println!("{} {}", p.x, q);
}
