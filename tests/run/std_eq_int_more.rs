// PartialEq's eq/ne called as methods on derived and built-in types; integers' checked_abs,
// overflowing_neg and overflowing_shl/shr.
#[derive(PartialEq, Debug, Clone)]
struct P { a: i32, s: String }
#[derive(PartialEq)]
enum E { A, B(u8) }
fn main() {
    let p = P { a: 1, s: "x".to_string() };
    let q = p.clone();
    println!("{} {} {}", p.eq(&q), p.ne(&q), (&p).eq(&P { a: 2, s: String::new() }));
    println!("{} {} {}", E::A.eq(&E::A), E::B(1).ne(&E::B(2)), "ab".eq("ab"));
    println!("{} {}", 3.eq(&3), String::from("a").ne(&String::from("b")));
    println!("{:?} {:?} {:?}", (-5i8).checked_abs(), i8::MIN.checked_abs(), 7i32.checked_abs());
    println!("{:?} {:?} {:?}", 5u8.overflowing_neg(), 0u8.overflowing_neg(), i16::MIN.overflowing_neg());
    more();
    println!("{:?} {:?} {:?} {:?}", 1u32.overflowing_shl(33), 1u32.overflowing_shl(31), (-8i64).overflowing_shr(65), 255u8.overflowing_shr(3));
}

fn more() {
    println!("{} {} {}", i8::MIN.saturating_neg(), 5i32.saturating_neg(), (-128i8).saturating_abs());
    println!("{:?} {:?} {:?}", i8::MIN.overflowing_abs(), (-3i16).overflowing_abs(), 9i64.overflowing_abs());
}
