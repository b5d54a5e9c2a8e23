// `..` in tuple patterns: the parts after it match the last elements.
fn main() {
    let t = (1, 2.5, 'c', "four", 5u8);
    let (first, ..) = t;
    let (.., last) = t;
    let (a, _, .., e) = t;
    println!("{} {} {} {}", first, last, a, e);
    match (3, 4, 5) {
        (3, .., 5) => println!("three to five"),
        _ => println!("other"),
    }
    match (0, 9, 9, 1) {
        (x, .., 1) if x == 0 => println!("zero to one"),
        (.., y) => println!("ends with {}", y),
    }
}
