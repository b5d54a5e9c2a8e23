// Implementing traits for generic structs, blanket impls, and impls on Vec<T> and foreign types.
use std::fmt;

trait Summary {
    fn summarize(&self) -> String;
}

impl Summary for i32 {
    fn summarize(&self) -> String {
        format!("int {}", self)
    }
}

impl Summary for &str {
    fn summarize(&self) -> String {
        format!("str of {} bytes", self.len())
    }
}

impl<T: Summary> Summary for Vec<T> {
    fn summarize(&self) -> String {
        let inner: Vec<String> = self.iter().map(|x| x.summarize()).collect();
        format!("[{}]", inner.join("; "))
    }
}

impl<T: Summary> Summary for Option<T> {
    fn summarize(&self) -> String {
        match self {
            Some(x) => format!("some {}", x.summarize()),
            None => "none".to_string(),
        }
    }
}

struct Wrapper<T>(T);

impl<T: fmt::Debug> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "W<{:?}>", self.0)
    }
}

fn all<T: Summary>(items: &[T]) -> Vec<String> {
    items.iter().map(Summary::summarize).collect()
}

fn main() {
    println!("{}", 5.summarize());
    println!("{}", "hey".summarize());
    println!("{}", vec![1, 2].summarize());
    println!("{}", vec![Some(3), None].summarize());
    println!("{}", Wrapper((1, "x")));
    println!("{}", Wrapper(vec![Wrapper(1).to_string()]));
    println!("{:?}", all(&[7, 8]));
}
