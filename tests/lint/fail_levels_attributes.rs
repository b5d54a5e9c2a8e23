// Levels from attributes: crate-level groups, items, statements, expressions, `rustg::` names,
// and `forbid` that an inner `allow` cannot lower.
#![warn(clippy::pedantic)]
#![deny(clippy::style)]

pub fn denied_by_group(x: i32) -> i32 {
    return x + 1;
}

#[allow(clippy::needless_return)]
pub fn allowed_on_item(x: i32) -> i32 {
    return x + 1;
}

#[warn(rustg::needless_return)]
pub fn warned_with_rustg_prefix(x: i32) -> i32 {
    return x + 1;
}

pub fn statement_level(v: Vec<i32>) -> bool {
    #[allow(clippy::len_zero)]
    let a = v.len() == 0;
    let b = #[allow(clippy::len_zero)] (v.len() != 0);
    a || b
}

#[forbid(clippy::len_zero)]
pub mod forbidden {
    #[allow(clippy::len_zero)]
    pub fn f(v: Vec<i32>) -> bool {
        v.len() == 0
    }
}

pub fn pedantic_from_crate_level(x: u64) -> u64 {
    x + 1234567
}
