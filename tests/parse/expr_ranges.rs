// Ranges in every position.
fn main() {
    let a = 1..2;
    let b = ..;
    let c = 1..;
    let d = ..=5;
    let e = x[..n];
    for i in 0.. {}
    for i in 0..n {}
    f(.., 1..=2);
    let g = a..b || c;
}
