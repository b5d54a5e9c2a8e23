// A space always follows an impl's generic parameters and a visibility's `pub(...)`.
impl<T> [T] {}
impl<T: ::std::fmt::Debug> ::std::fmt::Debug for Pool<T> {}
pub struct private(pub(crate) ());
pub struct P(pub(crate) u32, pub(in crate::a) (u8, u8));
impl<T> !Send for X<T> {}
impl<T> Foo for Vec<T> {}
pub(crate) fn f() {}
