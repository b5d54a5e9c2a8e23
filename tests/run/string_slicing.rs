// Byte-range slicing of str on char boundaries; get returns None off boundaries.
fn main() {
    let s = "hello, wörld";
    println!("{}", &s[0..5]);
    println!("{}", &s[7..]);
    println!("{}", &s[..1]);
    println!("{}", s.is_char_boundary(9));
    println!("{}", s.is_char_boundary(10));
    println!("{:?}", s.get(7..9));
    println!("{:?}", s.get(7..10));
    println!("{:?}", s.get(100..));
    let owned = String::from("abcdef");
    let part: &str = &owned[2..4];
    println!("{}", part);
    let (a, b) = owned.split_at(3);
    println!("{} {}", a, b);
    let idx = s.find(',').unwrap();
    println!("[{}] [{}]", &s[..idx], &s[idx + 2..]);
    println!("{}", &s[s.len()..].is_empty());
}
