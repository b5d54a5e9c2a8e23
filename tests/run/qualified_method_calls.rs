// Methods called through qualified paths: `<T as Tr>::m(x, ..)` and `<T>::m(x)` pass the receiver
// as the first argument (by reference, by `&mut` or by value), for concrete types and bounds.
trait Foo {
    fn m(&self) -> i32;
    fn v(self) -> i32;
    fn mm(&mut self, k: i32);
}
#[derive(Debug)]
struct S(i32);
impl Foo for S {
    fn m(&self) -> i32 {
        self.0 + 1
    }
    fn v(self) -> i32 {
        self.0 * 2
    }
    fn mm(&mut self, k: i32) {
        self.0 += k;
    }
}
impl Foo for i32 {
    fn m(&self) -> i32 {
        *self + 100
    }
    fn v(self) -> i32 {
        self * 3
    }
    fn mm(&mut self, k: i32) {
        *self -= k;
    }
}
impl S {
    fn g(&self) -> i32 {
        4
    }
    fn bar(self) -> i32 {
        <Self>::baz(&self)
    }
    fn baz(&self) -> i32 {
        self.0
    }
}
fn gen<T: Foo>(t: &T) -> i32 {
    <T as Foo>::m(t)
}
fn genv<T: Foo>(t: T) -> i32 {
    <T as Foo>::v(t)
}
fn main() {
    let mut s = S(1);
    <S as Foo>::mm(&mut s, 5);
    println!(
        "{} {} {}",
        <S as Foo>::m(&s),
        <S>::g(&s),
        <i32 as Foo>::m(&5)
    );
    println!("{} {} {}", gen(&s), gen(&7), genv(3));
    let mut k = 10;
    <i32 as Foo>::mm(&mut k, 4);
    println!("{} {} {}", k, <S as Foo>::v(S(2)), S(9).bar());
}
