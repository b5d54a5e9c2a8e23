// A slice range past the end panics with the range and length.
fn main() {
    let a = [1, 2, 3, 4, 5];
    let end = std::hint::black_box(8);
    println!("{:?}", &a[1..3]);
    println!("{:?}", &a[2..end]);
}
