// Slicing a str inside a multi-byte character panics.
fn main() {
    let s = String::from("naïve");
    println!("{}", &s[0..2]);
    let end = std::hint::black_box(3);
    println!("{}", &s[0..end]);
}
