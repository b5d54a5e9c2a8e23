// Slicing a str past its end panics naming the string.
fn cut(s: &str, n: usize) -> &str {
    &s[..n]
}

fn main() {
    println!("{}", cut("hello", 5));
    println!("{}", cut("hello", 6));
}
