fn f() {
    let size = if cfg!(miri) { MIN_INSERTS_HEIGHT_2 } else { 10000000000000 };
    let s = if a { b } else { c };
}
