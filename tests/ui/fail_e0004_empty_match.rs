// An empty match on a type that has values: rustc's E0004. Empty matches on `!` and on an enum
// without variants are fine.
enum Void {}

fn absurd(v: Void) -> u32 {
    match v {}
}

fn main() {
    let x: u8 = 3;
    let c1 = || match x { };
    c1();
    let _ = absurd;
}
