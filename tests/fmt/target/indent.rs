fn f() {
    if true {
        let x = 1;
    }
    match x {
        1 => a(),
        _ => b(),
    }
}
