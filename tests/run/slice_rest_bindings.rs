// `name @ ..` in slice patterns: the rest of a slice as `&[T]` (through a reference or with
// `ref`), of an array as a sub-array by value (moving non-Copy elements) or behind a reference;
// writes through `&mut` rest bindings; the last index is out of bounds (exit 101).
fn count(xs: &[i32]) -> usize {
    match xs { [] => 0, [_, ref rest @ ..] => 1 + count(rest) }
}
fn main() {
    let s: &[i32] = &[1, 2, 3, 4];
    match s { &[ref head, ref tail @ ..] => println!("{} {:?}", head, tail), _ => {} }
    if let &[1, ref tail @ ..] = s { println!("{}", tail[0]); }
    let arr = [10, 20, 30, 40, 50];
    let [a, mid @ .., e] = arr;
    println!("{} {:?} {} {}", a, mid, e, mid.len());
    match arr { [x, y, rest @ ..] => println!("{} {} {:?}", x, y, rest) }
    let [ref f, ref others @ ..] = arr;
    println!("{} {:?}", f, others);
    let r = &arr;
    if let [_, tail @ ..] = r { println!("{:?} {}", tail, tail.len()); }
    let mut m = [1, 2, 3];
    if let [first, rest @ ..] = &mut m { *first = 9; rest[0] = 8; }
    println!("{:?}", m);
    let names = [String::from("a"), String::from("b"), String::from("c")];
    let [n0, more @ ..] = names;
    println!("{} {:?}", n0, more);
    println!("{}", count(s));
    let v = vec![5, 6, 7];
    if let [_, ref last2 @ ..] = v[..] { println!("{:?}", last2); }
    let [_, _, tail3 @ ..] = [1u8, 2, 3, 4];
    let k = tail3.len() + 1;
    println!("{}", tail3[k]);
}
