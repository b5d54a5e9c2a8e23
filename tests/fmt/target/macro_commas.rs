fn f() {
    let v = vec![Some(Box::new(42)), Some(Box::new(24)), Some(Box::new(12))];
    let y = vec![DropCounter {
        count: &mut count_x,
    }];
    let w = vec![
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,
        bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,
        cccccccccccccccccccccccc,
        dddd,
    ];
    let z = vec![1, 2];
    let q = vec![1, 2, 3];
    foo!(
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,
        bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,
        cccccccccccccccccccccccc,
        dddd
    );
}
fn g() {
    let mut vec: SmallVec<[PanicOnDoubleDrop; 0]> =
        smallvec![PanicOnDoubleDrop::new(), PanicOnDoubleDrop::new(),];
    assert_eq!(&*v, &["hello".to_owned(), "there".to_owned(),][..]);
}
