// `self` must be the first parameter.
fn f(x: u8, self) {}
