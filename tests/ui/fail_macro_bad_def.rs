// rustg-flags: --analyze
macro_rules! k {
    ($x) => {};
}

fn main() {
    k!(1);
}
