// Inner doc comments are only allowed before the items of a module or block.
fn f() {}
//! Not here.
fn g() {}
