// Equality and order of slices: `==`/`!=`/`<` on `&[T]` (elements compared in order, lengths
// first for equality), `assert_eq!` on slices, boxed slices and boxed strs, sorting boxed strs.
#[derive(Debug, PartialEq, Clone)]
struct P {
    x: i32,
    name: String,
}

fn main() {
    let v = vec![1, 2, 3];
    let a = [1, 2, 3];
    assert_eq!(&v[..], &a[..]);
    assert_eq!(v[..2], a[..2]);
    assert_ne!(&v[1..], &a[..2]);
    println!("{} {} {}", &v[..] == &a[..], &v[..1] < &a[..2], &a[1..] > &v[..]);
    let ps = vec![P { x: 1, name: "a".to_string() }, P { x: 2, name: "b".to_string() }];
    let qs = ps.clone();
    assert_eq!(&ps[..], &qs[..]);
    println!("{}", ps[..1] == qs[1..]);
    let b: Box<[u8]> = Box::from(&b"hey"[..]);
    assert_eq!(&*b, b"hey");
    let mut names: Vec<Box<str>> = vec!["pear".into(), "apple".into(), "fig".into()];
    names.sort();
    println!("{:?} {}", names, names[0] < names[1]);
    let empty: &[i32] = &[];
    assert_eq!(empty, &v[3..]);
    assert_eq!(&v[..], &[1, 2, 4][..], "slices differ");
}
