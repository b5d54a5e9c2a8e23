// Collections passed where std takes `impl IntoIterator`: arrays by value, `&[T; N]`, `&Vec<T>`,
// a Vec by value and a set, into `extend` of Vec, String-holding Vecs and HashSet.
use std::collections::HashSet;

fn main() {
    let mut v = vec![1, 2];
    let w = vec![3, 4];
    v.extend(w);
    v.extend(&[5, 6]);
    v.extend([7, 8]);
    let x = vec![9];
    v.extend(&x);
    v.extend(vec![10].iter());
    println!("{:?} {:?}", v, x);

    let mut names: Vec<String> = Vec::new();
    names.extend([String::from("ada"), String::from("bob")]);
    let more = vec![String::from("cy")];
    names.extend(more);
    println!("{:?}", names);

    let mut seen: HashSet<i32> = HashSet::new();
    seen.extend([3, 1, 3]);
    seen.extend(&v);
    let mut all: Vec<i32> = seen.into_iter().collect();
    all.sort();
    println!("{:?}", all);

    let mut s = String::from("ab");
    s.extend(['c', 'd']);
    s.extend(["ef", "g"]);
    println!("{}", s);
}
