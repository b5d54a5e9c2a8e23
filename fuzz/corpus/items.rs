use std::{io::{self, Read}, collections::*};
extern crate alloc as a;
pub(crate) mod m { pub(super) fn f() {} pub(in crate::m) struct S; }
const C: u8 = 1; static mut S: [u8; 4] = [0; 4];
type T<'a> = &'a dyn Fn(u8) -> u8;
enum E { A, B(u8, u16), C { x: i32 } = 3 }
union U { a: u32, b: f32 }
trait Tr: Sized { type A: Clone; const N: usize; fn f(&self) -> Self::A; fn g(self: Box<Self>) {} }
impl<T: Tr> Tr for Vec<T> where T::A: Copy { type A = (); const N: usize = 0; fn f(&self) {} }
unsafe impl Send for S {}
impl !Sync for S {}
extern "C" { fn abs(x: i32) -> i32; static errno: i32; }
macro_rules! m { ($x:expr) => { $x }; ($($y:tt)*) => {}; }
async fn af() {} const fn cf() {} unsafe extern "system" fn uf() {}
