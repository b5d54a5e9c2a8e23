// Generic parameters, where clauses, bounds, HRTB, const generics with defaults.
struct G<'a, 'b: 'a, T: 'a + ?Sized, U = i32, const N: usize = 3, #[cfg(x)] V>(&'a T, U, [V; N]);
fn hrtb<F>(f: F) where F: for<'a> Fn(&'a u8) -> &'a u8, for<'b> &'b F: Copy, Vec<u8>: Clone {}
fn bounds<T: ~const Drop + (?Sized) + !Send + for<'a> Tr<'a>>() {}
fn args() -> Foo<'static, u8, 3, { N + 1 }, -1, Item = u8, Gat<'a> = T, Assoc: Bound, K = { 1 }> {}
