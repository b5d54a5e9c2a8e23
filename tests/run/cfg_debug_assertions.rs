// debug_assertions holds in debug builds (the run tests build without -O).
fn mode() -> &'static str {
    if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    }
}

#[cfg(debug_assertions)]
fn extra_checks() -> bool {
    true
}

#[cfg(not(debug_assertions))]
fn extra_checks() -> bool {
    false
}

fn main() {
    println!("{} {}", mode(), extra_checks());
}
