#![feature(rustc_attrs)]
#![doc = "inner"]
//! Inner doc comment.
/*! Inner block doc. */

/// Outer doc comment.
/** Outer block doc. */
#[derive(Debug, Clone)]
#[cfg_attr(test, derive(PartialEq))]
#[doc = include_str!("x.md")]
#[path::to::attr {}]
struct S {
    #[serde(rename = "x")]
    x: u8,
}
fn f(#[cfg(x)] a: u8) {
    #![allow(unused)]
    #[cfg(x)]
    let y = 1;
    let z = #[rustc_dummy] (1 + 2);
    match z {
        #[cfg(x)]
        0 => {}
        _ => {}
    }
}
