// From/Into: the user's `impl From<A> for B` gives `B::from` and `a.into()`; std's
// conversions (integer and float widening, char, &str into String) through both spellings.
#[derive(Debug)]
struct Point {
    x: i64,
    y: i64,
}

impl From<(i64, i64)> for Point {
    fn from(p: (i64, i64)) -> Point {
        Point { x: p.0, y: p.1 }
    }
}

impl From<i64> for Point {
    fn from(v: i64) -> Point {
        Point { x: v, y: v }
    }
}

#[derive(Debug)]
struct Name {
    text: String,
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name { text: s.to_string() }
    }
}

impl From<String> for Name {
    fn from(s: String) -> Name {
        Name { text: s }
    }
}

fn describe(p: Point) -> String {
    format!("({}, {})", p.x, p.y)
}

fn greet<T: Into<String>>(who: T) -> String {
    let s: String = who.into();
    format!("hello {}", s)
}

fn main() {
    let a = Point::from((1, 2));
    let b = Point::from(7);
    let c: Point = (3, -4).into();
    let d: Point = 9.into();
    println!("{:?} {:?} {:?} {:?}", a, b, c, d);
    println!("{}", describe((5, 6).into()));
    let n: Name = "ada".into();
    let m = Name::from(String::from("grace"));
    let o: Name = String::from("linus").into();
    println!("{} {} {}", n.text, m.text, o.text);
    let s: String = "text".into();
    let t = String::from("more");
    println!("{} {}", s, t);
    println!("{} {}", greet("world"), greet(String::from("again")));
    let small: u8 = 200;
    let wide: u64 = small.into();
    let w2 = u64::from(40000u32) * 100000;
    let i: i64 = (-5i32).into();
    let f: f64 = 3u32.into();
    let g = f64::from(1.5f32);
    let ch = char::from(65u8);
    let code: u32 = 'z'.into();
    let flag = i32::from(true);
    println!("{} {} {} {} {} {} {} {}", wide, w2, i, f, g, ch, code, flag);
    let cs: String = 'c'.into();
    println!("{}", cs);
}
