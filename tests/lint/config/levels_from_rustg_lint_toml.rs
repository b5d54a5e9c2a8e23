// Levels from rustg-lint.toml beside this file: clippy::pedantic warns, needless_return is
// allowed, and non_snake_case is denied... but an attribute still wins.

pub fn f(x: i32) -> i32 {
    return x + 1;
}

pub fn g(x: u64) -> u64 {
    x + 1234567
}

#[allow(non_snake_case)]
pub fn BadName() {}
