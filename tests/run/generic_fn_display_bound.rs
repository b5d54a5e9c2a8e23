// Bounds on std traits: Display and Debug formatting of a type parameter, `where` clauses.
use std::fmt::Debug;
use std::fmt::Display;

fn show<T: Display>(x: T) -> String {
    format!("<{}>", x)
}

fn debug_twice<T>(x: T) -> String
where
    T: Debug,
{
    format!("{:?}/{:?}", x, x)
}

fn label<T: Display, U: Debug>(name: T, value: U) {
    println!("{} = {:?}", name, value);
}

fn main() {
    println!("{}", show(42));
    println!("{}", show("hi"));
    println!("{}", show(String::from("owned")));
    println!("{}", show(1.25));
    println!("{}", debug_twice(7u16));
    println!("{}", debug_twice("q"));
    println!("{}", debug_twice(Some(3)));
    label("pair", (1, 'z'));
    label(5, vec![1, 2, 3]);
}
