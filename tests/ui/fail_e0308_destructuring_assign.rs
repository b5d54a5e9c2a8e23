// Destructuring assignments whose shape does not fit the value: rustc E0308 / E0527.
fn main() {
    let (mut a, mut b) = (0, 0);
    (a, b) = (1, 2, 3);
    [a, b] = [1, 2, 3];
    (a, b) = 5;
    println!("{} {}", a, b);
}
