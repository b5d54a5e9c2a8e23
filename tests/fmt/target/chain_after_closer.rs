fn f() {
    PikeVM {
        prog,
        stack: &mut cache.stack,
        input,
        aaaaaaaaaa: 1,
        bbbbbbbbbbbbbbbb: 2,
    }
    .exec_(&mut cache.clist, &mut cache.nlist);
    let xs = vec![
        canary.clone(),
        canary.clone(),
        canary.clone(),
        canary.clone(),
        panic,
        canary,
    ]
    .into_boxed_slice();
    write!(
        buf_slice,
        "{}.{}.{}.{}",
        octets[0], octets[1], octets[2], octets[3], aaaaaaaaaaaaaa
    )
    .unwrap();
    foo(
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,
        bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,
        cccccccccccccccc,
    )
    .unwrap()
    .foo();
}
