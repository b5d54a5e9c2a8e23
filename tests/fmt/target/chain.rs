fn f() {
    let v = items
        .iter()
        .filter(|x| x.is_valid())
        .map(|x| x.value * 2)
        .collect::<Vec<_>>();
}
