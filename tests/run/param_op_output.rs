// An operator on a type parameter bounded by the operator trait has type `<T as Trait>::Output`,
// which normalizes per instance (std's primitives give themselves, `Box<T>`'s Target is T).
use std::ops::{Add, Deref, Mul, Neg, Sub};
fn add<T: Add>(a: T, b: T) -> <T as Add>::Output {
    a + b
}
fn mul<T: Mul>(a: T, b: T) -> T::Output {
    a * b
}
fn sub_same<T: Sub<Output = T> + Copy>(a: T, b: T) -> T {
    let d = a - b;
    d - b
}
fn neg<T: Neg>(a: T) -> T::Output {
    -a
}
#[derive(Debug, Clone, Copy)]
struct V(i32, i32);
impl Add for V {
    type Output = (i32, i32);
    fn add(self, o: V) -> (i32, i32) {
        (self.0 + o.0, self.1 + o.1)
    }
}
fn main() {
    println!("{} {} {:?}", add(2u8, 3u8), add(1.5f32, 2.0), add(V(1, 2), V(3, 4)));
    println!("{} {}", mul(6i64, 7), sub_same(10u16, 3));
    println!("{} {}", neg(5i8), neg(2.5f64));
    let b: <Box<u32> as Deref>::Target = 7;
    println!("{}", b);
}
