//! Functions: qualifiers, ABIs, parameters, self parameters, variadics.
#![allow(unused)]

pub const async unsafe extern "C" fn all_qualifiers(a: u8, (b, c): (u8, u8), #[attr] _: i32) -> u8 {
    a
}
extern fn default_abi() {}
fn generic<'a, T: Clone, const N: usize>(x: &'a [T; N]) -> impl Iterator<Item = &'a T> + 'a {
    x.iter()
}
struct S;
impl S {
    fn by_value(self) {}
    fn by_mut_value(mut self) {}
    fn by_ref(&self) {}
    fn by_mut_ref(&'a mut self) {}
    fn typed(self: Box<Self>) {}
    default fn specialized() {}
}
extern "C" {
    fn printf(fmt: *const u8, ...) -> i32;
    fn vprintf(fmt: *const u8, args: ...);
    static errno: i32;
    type Opaque;
}
