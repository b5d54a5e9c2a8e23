fn f() {
    let x = foo(
        a,
        b,
    );
}
