// std::marker::PhantomData: a zero-sized value standing for a use of its type parameter. Clone,
// Copy, PartialEq, Eq, PartialOrd, Ord, Hash and Default as std's (all values equal); no Debug:
// std prints the parameter's type name, which the subset cannot.

pub struct PhantomData<T>;

impl<T> Clone for PhantomData<T> {
    fn clone(&self) -> PhantomData<T> {
        PhantomData
    }
}
impl<T> Copy for PhantomData<T> {}
impl<T> PartialEq for PhantomData<T> {
    fn eq(&self, _other: &PhantomData<T>) -> bool {
        true
    }
}
impl<T> Eq for PhantomData<T> {}
impl<T> Default for PhantomData<T> {
    fn default() -> PhantomData<T> {
        PhantomData
    }
}
