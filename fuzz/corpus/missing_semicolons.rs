fn f() { let x = 1 let y = 2 x + y }
struct S { a: u8 b: u16 }
fn g(a: u8 b: u8) {}
