// rustg-flags: --analyze
// Nothing tells which type `into()` converts to.
fn main() {
    let small: u8 = 7;
    let wide = small.into();
    let _ = wide;
}
