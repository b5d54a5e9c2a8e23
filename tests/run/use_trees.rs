// `use` trees: lists, nested lists, renames, `self` in a list, and globs.
mod math {
    pub fn add(a: i32, b: i32) -> i32 {
        a + b
    }
    pub fn sub(a: i32, b: i32) -> i32 {
        a - b
    }
    pub mod consts {
        pub const TEN: i32 = 10;
        pub const TWENTY: i32 = 20;
    }
    pub mod more {
        pub fn neg(a: i32) -> i32 {
            -a
        }
        pub fn twice(a: i32) -> i32 {
            a * 2
        }
    }
}

use math::{add, sub as minus};
use math::consts::*;
use math::more::{self, twice};

fn main() {
    println!("{}", add(TEN, TWENTY));
    println!("{}", minus(TWENTY, TEN));
    println!("{}", more::neg(5));
    println!("{}", twice(21));
}
