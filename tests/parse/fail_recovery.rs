// Several errors in one file, each reported once, without cascades.
fn a() { let x = ; }
struct S { a: u8 b: u8 }
fn b(x u8) {}
enum E { A B }
fn c() { match x { 1 => 2 3 => 4 } }
fn d() { f(1 2); }
fn ok() {}
