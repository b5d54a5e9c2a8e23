// rustg-flags: --analyze
// Nothing tells which collection `collect()` builds.
fn main() {
    let v = (0..3).map(|x| x * 2).collect();
    let _ = v;
}
