fn f<T>(x: T) -> u8
where
    T: Clone,
{
    1
}
struct S<T>(T)
where
    T: Copy;
impl<T> X for Y<T>
where
    T: Clone + Send,
    HashMap<T, u8>: Sync,
{
    fn h() {}
}
impl<T> Empty for T where T: Copy {}
