// A keyword cannot name an item or a field.
fn fn() {}
struct S { struct: u8 }
fn g() { x.; }
