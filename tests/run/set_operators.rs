// std's set operators on references: `&a - &b`, `&a | &b`, `&a & &b`, `&a ^ &b` build new sets
// (HashSet and BTreeSet), and a user type's operator impl for `&T`.
use std::collections::{BTreeSet, HashSet};
use std::ops::Add;

fn sorted(s: &HashSet<i32>) -> Vec<i32> {
    let mut v: Vec<i32> = s.iter().copied().collect();
    v.sort();
    v
}

#[derive(Debug)]
struct Money(i64);

impl<'a> Add<&'a Money> for &'a Money {
    type Output = Money;
    fn add(self, other: &Money) -> Money {
        Money(self.0 + other.0)
    }
}

fn main() {
    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b: HashSet<i32> = [3, 4, 5].into_iter().collect();
    println!("{:?}", sorted(&(&a - &b)));
    println!("{:?}", sorted(&(&a | &b)));
    println!("{:?}", sorted(&(&a & &b)));
    println!("{:?}", sorted(&(&a ^ &b)));
    let x: BTreeSet<char> = "hello".chars().collect();
    let y: BTreeSet<char> = "world".chars().collect();
    println!("{:?}", &x - &y);
    println!("{:?}", &x | &y);
    println!("{:?}", &x & &y);
    println!("{:?}", &x ^ &y);
    let words: BTreeSet<String> = ["a", "b"].iter().map(|s| s.to_string()).collect();
    let other: BTreeSet<String> = ["b", "c"].iter().map(|s| s.to_string()).collect();
    let both = &words | &other;
    println!("{:?} {}", both, words.len() + other.len());
    let m = &Money(5) + &Money(7);
    println!("{:?}", m);
}
