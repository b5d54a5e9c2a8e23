// Qualified paths: `<T as Trait>::CONST`, `<T>::CONST` (inherent before trait), in consts, in
// generic bodies through bounds, and `<T>::f()` static calls.
trait Foo {
    const ID: i32;
    const D: i32 = 7;
    fn s() -> i32 {
        3
    }
}
impl Foo for i32 {
    const ID: i32 = 1;
}
struct S;
impl S {
    const ID: i32 = 100;
    const B: f32 = 1.5;
    fn f() -> i32 {
        9
    }
}
impl Foo for S {
    const ID: i32 = 2;
    const D: i32 = <i32 as Foo>::ID + 40;
    fn s() -> i32 {
        5
    }
}
const C: i32 = <i32 as Foo>::ID;
fn gen<T: Foo>() -> i32 {
    <T as Foo>::ID * 100 + <T>::D * 10 + <T as Foo>::s()
}
fn main() {
    println!("{}", C);
    println!("{} {} {}", <i32 as Foo>::ID, <i32>::ID, <S>::B);
    println!("{} {}", <S>::ID, <S as Foo>::ID);
    println!("{} {}", <S>::f(), <S as Foo>::s());
    println!("{} {} {}", <i32 as Foo>::D, <S as Foo>::D, <i32>::s());
    println!("{} {}", gen::<i32>(), gen::<S>());
}
