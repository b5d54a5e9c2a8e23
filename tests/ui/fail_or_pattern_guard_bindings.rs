// rustg-flags: --analyze
// An or-pattern that binds, in a match arm with a guard: rustc retries the guard with each
// matching alternative's bindings; rustg binds the first alternative only, so it refuses the arm.
fn classify(p: (i32, i32)) -> i32 {
    match p {
        (x, 0) | (0, x) if x > 2 => x,
        (a, b) | (b, a) => a - b,
    }
}

fn main() {
    println!("{}", classify((0, 5)));
}
