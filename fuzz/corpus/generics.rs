fn f<T: Iterator<Item = Vec<Option<u8>>>>(x: T) where T: Clone + 'static {}
struct S<const N: usize, T = i32>([T; N]);
impl<T> S<{ 1 + 2 }, T> {}
fn g() { let v = Vec::<Vec<u8>>::new(); x>>=1; a<b>c; }
