// Inner attributes are only allowed before the items of a module or block.
fn f() {}
#![allow(unused)]
fn g() {}
