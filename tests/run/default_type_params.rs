// Default type parameters of structs and enums: a missing trailing argument in type position
// takes its default, which may name the parameters before it (`T = [u8; N]`).
#[derive(Debug)]
struct S<T, U = u16> {
    a: T,
    b: U,
}
#[derive(Debug)]
struct Foo<A = (isize, char)> {
    a: A,
}
#[derive(Debug)]
struct Arr<const N: usize, T = [u8; N]>(T);
#[derive(Debug)]
struct Pair<T, U = Vec<T>> {
    one: T,
    many: U,
}
#[derive(Debug)]
enum E<T = i32> {
    A(T),
    B,
}
impl<T: std::fmt::Debug, U: std::fmt::Debug> S<T, U> {
    fn show(&self) -> String {
        format!("{:?}/{:?}", self.a, self.b)
    }
}
fn take(s: S<u8>) -> u16 {
    s.b + s.a as u16
}
fn main() {
    let s: S<i8> = S { a: 1, b: 2 };
    println!("{:?} {}", s, std::mem::size_of::<S<u8>>());
    let f: Foo = Foo { a: (1, 'x') };
    println!("{:?}", f);
    let a: Arr<3> = Arr([1, 2, 3]);
    println!("{:?}", a);
    let p: Pair<&str> = Pair { one: "a", many: vec!["b", "c"] };
    println!("{:?}", p);
    let e: E = E::A(5);
    let e2: E<&str> = E::B;
    println!("{:?} {:?}", e, e2);
    println!("{} {}", take(S { a: 3, b: 4 }), S { a: 'c', b: "x" }.show());
}
