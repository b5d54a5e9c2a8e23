fn f() {
    b.iter(|| { arr.iter().intersperse(&0).fold(0, |acc, x| acc + x) });
    head.map(|h| {
        HeadTail { head: h, tail: it }
    });
    b.iter(|| { for elt in xs.iter() { black_box(elt); } });
    x.map(|a| { panic!("x") });
    x.map(|a| -> u32 { a + 1 });
    x.map(|a| {
        // c
        a + 1
    });
    let f = || { a + b };
    x.map(move |a| { a.foooooooooooooooooooooooooooo().barrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr().bazzzzzzzzzzzz() });
    x.map(|a| { (a, b) });
    c.bench_function("equal", move |b| {
        b.iter(|| {
            itertools::equal(alpha, beta)
        })
    });
    Mapping::mk(map, |data, stash| {
        Context::new(stash, Object::parse(data)?, None)
    });
    assert!(!e.any(|(k, v)| { &*k == &*n && &*v == "VALUE" }));
}
