// Levels from `[lints.clippy]` of the Cargo.toml beside this file: len_zero is denied.

pub fn f(v: Vec<i32>) -> bool {
    v.len() == 0
}
