// rustg-flags: --analyze
mod a {
    pub mod b {}
    pub fn f() {}
}

use a::zz;
use a::b::c;

fn main() {
    a::f();
}
