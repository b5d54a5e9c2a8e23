// `extend` with an iterator whose items no `Extend` impl of the collection takes (rustc: E0277).
fn main() {
    let mut v: Vec<i32> = Vec::new();
    let w = vec!["a"];
    v.extend(w.into_iter());
}
