fn f() {
    loop { if a { break } }
    for x in y {
        if x { continue }
        let z = { return 5 };
        if q {
            return None // why
        }
    }
    match x {
        A => { return 1 }
        _ => {}
    }
    if a { return Foo { a } }
    return
}
