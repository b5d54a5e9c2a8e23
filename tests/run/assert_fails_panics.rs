// assert! without and with a custom message; the failing one panics.
fn main() {
    let v = vec![1, 2, 3];
    assert!(v.len() == 3);
    assert!(v[0] < v[1], "ordered {:?}", v);
    println!("checks passed");
    let total: i32 = v.iter().sum();
    assert!(total > 10, "total was only {}", total);
    println!("not reached");
}
