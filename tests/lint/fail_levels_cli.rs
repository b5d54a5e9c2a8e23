// Levels from the command line: a group, a single lint, and flag order (the later flag wins).
// rustg-flags: -W clippy::pedantic -A clippy::unreadable_literal -D clippy::len-zero -A clippy::needless_return -W clippy::needless_return

pub fn f(v: Vec<i32>) -> bool {
    v.len() == 0
}

pub fn g(x: u64) -> u64 {
    return x + 1234567;
}

pub fn h(a: bool) {
    if !a {
        println!("not a");
    } else {
        println!("a");
    }
}
