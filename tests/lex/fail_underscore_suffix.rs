// A lone `_` suffix is an error on any literal; `1_` is a number whose digits end in `_`.
fn main() {
    let _ = "Foo"_;
    let _ = 'c'_;
    let _ = 1_;
    let _ = "ok"_x;
}
