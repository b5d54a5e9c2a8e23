// `let _ = place;` evaluates the place (an overloaded deref runs, an index is bounds-checked) without moving or reading it.
use std::ops::Deref;
struct C { n: std::cell::Cell<u32>, v: (i32, i32) }
impl Deref for C { type Target = (i32, i32); fn deref(&self) -> &(i32, i32) { self.n.set(self.n.get() + 1); &self.v } }
fn main() {
    let c = C { n: std::cell::Cell::new(0), v: (1, 2) };
    let _ = c.0;
    println!("{}", c.n.get());
    let _ = &c.1;
    println!("{}", c.n.get());
    g();
}
fn g() {
    let v = vec![1, 2, 3];
    let _ = v[1];
    let s = String::from("x");
    let _ = s;
    println!("{}", s);
    let _ = v[7];
}
