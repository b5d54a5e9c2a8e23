fn f() {
    println!("{} {}", a + b, c);
    let v = vec![1, 2, 3];
    let w = vec![0; n];
    assert_eq!(
        left_hand_side_value, right_hand_side_value,
        "values differ: {}",
        detail
    );
    m! { a b c };
}
