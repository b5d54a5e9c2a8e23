// rustg-flags: --analyze
// An integer where an `F: FnOnce() -> _` argument is expected (rustc: E0277); rustg once let it
// through to codegen and crashed there.
fn call<F: FnOnce() -> i32>(f: F) -> i32 {
    f()
}

fn main() {
    let x = Some(1);
    let y = x.or_else(4);
    let z = call(5);
    let ok = call(|| 6);
    println!("{:?} {} {}", y, z, ok);
}
