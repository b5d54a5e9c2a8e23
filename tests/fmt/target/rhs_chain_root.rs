fn f() {
    let numbers = vec![-2, -1, 0, 1, 2];
    let all_positive = numbers
        .into_iter()
        .map(|n| if n > 0 { Some(n) } else { None })
        .try_collect::<Vec<i32>>();
    assert_eq!(all_positive, None);
}
