// rustg-flags: --analyze
// A closure never called gives its parameter no type.
fn main() {
    let f = |x| x;
}
