fn bench_to_digit_radix_2(b: &mut Bencher) {
    b.iter(|| CHARS.iter().cycle().take(10_000).map(|c| c.to_digit(2)).min())
}
fn f() {
    b.iter(|| (0i64..1000000).map(black_box).filter(|x| x % 3 == 0).count());
    x.map(|a| a.b().c());
    let f = move |x| x.foooooooooooooooooooooo().barrrrrrrrrrrrrrrrrrrrrrrrrrr().baz();
}
fn g() {
    let Ok(v) = lang_start_internal(
        &move || crate::sys_common::backtrace::__rust_begin_short_backtrace(main).report().to_i32(),
        argc,
        argv,
    );
}
