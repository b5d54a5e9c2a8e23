// rustg-flags: --analyze
// An unsupported type is named in the diagnostic (the counts of the run-pass corpus use it).
fn apply(f: fn(i32) -> i32, p: std::time::Instant) -> i32 {
    f(1)
}

fn main() {}
