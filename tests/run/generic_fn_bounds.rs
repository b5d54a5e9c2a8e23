// Generic functions with trait bounds, where clauses and multiple type parameters.
use std::fmt::Debug;
use std::fmt::Display;

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs {
        if x > m {
            m = x;
        }
    }
    m
}

fn show_all<T>(xs: &[T]) -> String
where
    T: Display,
{
    let parts: Vec<String> = xs.iter().map(|x| format!("<{}>", x)).collect();
    parts.join("")
}

fn pair_debug<A: Debug, B: Debug>(a: A, b: B) -> String {
    format!("({:?}, {:?})", a, b)
}

fn sum_all<T: std::ops::Add<Output = T> + Default + Copy>(xs: &[T]) -> T {
    let mut acc = T::default();
    for &x in xs {
        acc = acc + x;
    }
    acc
}

fn count_if<T, F: Fn(&T) -> bool>(xs: &[T], f: F) -> usize {
    let mut n = 0;
    for x in xs {
        if f(x) {
            n += 1;
        }
    }
    n
}

fn main() {
    println!("{} {} {}", largest(&[3, 9, 2]), largest(&[1.5, -2.0]), largest(&['x', 'b', 'z']));
    println!("{}", show_all(&["a", "b"]));
    println!("{}", show_all(&[1.5, 2.0]));
    println!("{}", pair_debug("s", Some(3)));
    println!("{} {}", sum_all(&[1, 2, 3]), sum_all(&[0.5, 0.25]));
    println!("{}", count_if(&[1, 5, 10, 15], |&x| x >= 5));
    println!("{}", count_if(&["", "a", ""], |s| s.is_empty()));
    let id = std::convert::identity::<u8>(7);
    println!("{}", id);
}
