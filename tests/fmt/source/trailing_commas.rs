fn f(a: u8, b: u8,) {
    foo(a, b,);
    let v = vec![1, 2,];
    let p = Point {
        x: 1,
        y: 2
    };
    bar(
        a,
        b
    );
}
