// assert! without a message shows the failed expression.
fn is_sorted(v: &[i32]) -> bool {
    v.windows(2).all(|w| w[0] <= w[1])
}

fn main() {
    println!("{}", is_sorted(&[1, 2, 2, 5]));
    assert!(is_sorted(&[1, 2, 2, 5]));
    assert!(is_sorted(&[3, 1]));
}
