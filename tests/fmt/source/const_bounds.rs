impl<T: ?Sized, U: ?Sized> const AsRef<U> for &T
where
    T: ~const AsRef<U>,
    G: FnOnce<ARG, Output = RET> + ~const Destruct,
{
    fn f<T: ~const Clone>() {}
}
