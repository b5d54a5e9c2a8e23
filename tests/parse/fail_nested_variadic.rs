// `...` is a type only as a parameter's whole type (rustc E0743).
extern "C" {
    fn ok(x: u8, args: ...);
}
fn f1<'a>(x: u8, y: &'a ...) {}
fn f2(y: Vec<...>) {}
