fn f() -> impl Iterator<Item = impl Fn() -> u8> + '_ { todo!() }
fn g<T: ?Sized + for<'a> Tr<'a>>() {}
