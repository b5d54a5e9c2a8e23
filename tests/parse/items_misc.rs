// use trees, extern crate, mods, consts, statics, type aliases, macros.
use std::collections::{self, HashMap as Map, hash_map::*};
use ::core::fmt;
use {a, b::c};
use self::x as _;
extern crate alloc;
extern crate self as this;
mod outline;
pub mod inline {
    #![allow(dead_code)]
    fn f() {}
}
const _: () = ();
pub static mut COUNTER: u32 = 0;
type Alias<T = u8> = Vec<T>;
macro_rules! square {
    ($x:expr) => { $x * $x };
}
macro_rules! paren_form (() => {});
pub macro m($x:ident) { $x }
macro n { () => {} }
lazy_static::lazy_static! { static ref X: u8 = 1; }
thread_local!(static T: u8 = 0);
