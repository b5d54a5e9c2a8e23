#![no_std]
#![cfg_attr(feature = "x", feature(y))]
#[derive(Debug, Clone)]
#[cfg(all(unix, not(test)))]
#[doc = "x"]
/// outer
//! inner misplaced
struct S { #[allow(x)] a: u8 }
fn f(#[attr] x: u8) { #[rustfmt::skip] let y = 1; }
