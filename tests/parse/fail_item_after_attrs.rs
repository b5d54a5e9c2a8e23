// Attributes must be followed by an item.
fn f() {}
#[inline]
