// `>>` closing two argument lists is not an associated-type binding, even before `=` or `:`.
fn f() {
    let v: Vec<Vec<u8>> = Vec::new();
    let o: Option<Option<i32>> = None;
}
fn g<T>() where Vec<Vec<T>>: Clone, T: Iterator<Item<'static> = u8> {}
type A = dyn Iterator<Item = Vec<Vec<u8>>>;
