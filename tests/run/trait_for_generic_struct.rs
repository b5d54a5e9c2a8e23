// A trait implemented for a generic struct with a bounded impl; called directly and generically.
use std::fmt::Display;

trait Render {
    fn render(&self) -> String;
}

struct Boxed<T> {
    inner: T,
}

impl<T: Display> Render for Boxed<T> {
    fn render(&self) -> String {
        format!("[{}]", self.inner)
    }
}

fn render_twice<R: Render>(r: &R) -> String {
    format!("{}{}", r.render(), r.render())
}

fn main() {
    let a = Boxed { inner: 5 };
    let b = Boxed { inner: "s" };
    println!("{}", a.render());
    println!("{}", b.render());
    println!("{}", render_twice(&a));
}
