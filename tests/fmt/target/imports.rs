use self::c;
use super::b;
use crate::a;
use aB;
use a_b;
use abc::{self, ab, Ab, Zx, *};
use std::fmt::{Debug, Display};
use std::io;
use y;
pub use z;
use Zed;

mod a;
pub mod m;
mod z;

fn main() {}
