// rustg-flags: --analyze
#[cfg(not(unix, windows))]
fn a() {}

fn main() {}
