use std::io;
use crate::a;
use super::b;
use self::c;
use Zed;
use abc::{self, Zx, ab, Ab, *};
use std::fmt::{Debug,Display};
use aB;
use a_b;
pub use z;
use y;

mod z;
mod a;
pub mod m;

fn main() {}
