// Supertraits, trait methods calling supertrait methods, and generic impls over bounds.
use std::fmt;

trait Named {
    fn name(&self) -> String;
}

trait Titled: Named {
    fn title(&self) -> String {
        format!("Dr. {}", self.name())
    }
}

struct Person {
    n: String,
}

impl Named for Person {
    fn name(&self) -> String {
        self.n.clone()
    }
}

impl Titled for Person {}

trait Describe {
    fn describe(&self) -> String;
}

impl<T: fmt::Debug> Describe for T {
    fn describe(&self) -> String {
        format!("<<{:?}>>", self)
    }
}

fn intro<T: Titled + ?Sized>(t: &T) -> String {
    format!("{} ({})", t.title(), t.name().len())
}

fn main() {
    let p = Person { n: "Who".into() };
    println!("{}", intro(&p));
    let d: &dyn Titled = &p;
    println!("{}", d.title());
    println!("{}", 5.describe());
    println!("{}", "s".describe());
    println!("{}", vec![1, 2].describe());
}
