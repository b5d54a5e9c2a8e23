fn f() {
    foo(aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    foo(aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    foo(aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, bar(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    foo(aaaaaaaaaaaaaaaaaaaa, unsafe { bbbbbbbbbbbbbbbbbbbbbbbb }, bar(1, 2, 3, 4, 5, 6, 7, 8));
    foo(aaaaaaaaaaaaaaaaaaaa, Bar { x: bbbbbbbbbbbbbbbbbbbbbbbb, y: 1 }, bar(1, 2, 3, 4, 5, 6, 7));
    assert_eq!(r, vec![NotClone { u: 0 }, NotClone { u: 2 }, NotClone { u: 1 }]);
    assert_eq!(unsafe { BorrowedFd::borrow_raw(raw_fd).as_raw_fd() }, raw_fd);
    assert_eq!(aaaaaaaaaaaaaaaaaaaaaaaaaaaaa, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
    foo(aaaaaaaaaaaaaaaaaaaaaaaaaaaaa, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
}
