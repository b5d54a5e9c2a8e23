// assert_eq! failure prints left and right with Debug.
fn double(x: i32) -> i32 {
    x + x
}

fn main() {
    assert_eq!(double(2), 4);
    assert_eq!(double(-3), -6, "negative doubling");
    println!("ok so far");
    let v = vec![double(1), double(2)];
    assert_eq!(v, vec![2, 5]);
}
