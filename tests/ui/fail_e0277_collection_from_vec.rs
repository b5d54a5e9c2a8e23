// rustg-flags: --analyze
// std's collections take arrays in `from` (`From<[T; N]>`), not Vecs.
use std::collections::HashSet;

fn main() {
    let v = vec![1, 2];
    let s = HashSet::from(v);
    println!("{}", s.len());
}
