// Trait objects of generic traits (`dyn Foo<isize>`): methods typed by the object's arguments, the
// vtable built from the impl for those arguments, and arguments inferred from the one impl.
trait Foo<T> {
    fn get(&self) -> T;
    fn put(&mut self, x: T) -> usize;
    fn dflt(&self, x: T) -> (T, u8) { (x, 7) }
}
struct S { x: isize, n: usize }
impl Foo<isize> for S {
    fn get(&self) -> isize { self.x }
    fn put(&mut self, x: isize) -> usize { self.x = x; self.n += 1; self.n }
}
impl Foo<&'static str> for S {
    fn get(&self) -> &'static str { "str" }
    fn put(&mut self, _x: &'static str) -> usize { 99 }
}
struct Invoker<A> { a: A, b: u16 }
trait Invokable<A> { fn f(&self) -> (A, u16); }
impl<A: Clone> Invokable<A> for Invoker<A> {
    fn f(&self) -> (A, u16) { (self.a.clone(), self.b) }
}
fn make<A: Clone + 'static>(a: A, b: u16) -> Box<dyn Invokable<A> + 'static> {
    Box::new(Invoker { a: a, b: b }) as Box<dyn Invokable<A> + 'static>
}
fn show(v: &dyn Foo<isize>) -> isize { v.get() * 2 }
struct Holder<T> { f: Box<dyn Invokable<T>> }
fn main() {
    let h = Holder { f: Box::new(Invoker { a: 3u8, b: 0 }) };
    println!("{:?}", h.f.f());
    let x = Box::new(S { x: 1, n: 0 });
    let mut y = x as Box<dyn Foo<isize>>;
    println!("{}", y.get());
    println!("{}", y.put(5));
    println!("{} {:?}", y.get(), y.dflt(3));
    let s = S { x: 4, n: 0 };
    let z: &dyn Foo<&'static str> = &s;
    println!("{}", z.get());
    println!("{}", show(&s));
    let (a, b) = make(22_u64, 44u16).f();
    println!("a={} b={}", a, b);
    let v: Vec<Box<dyn Invokable<String>>> = vec![make(String::from("x"), 1), make(String::from("yy"), 2)];
    for i in v.iter() { println!("{:?}", i.f()); }
}
