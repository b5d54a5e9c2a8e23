// Traits, trait aliases, impls (negative, const, default, generic), associated items.
pub unsafe auto trait Auto {}
trait Tr<'a>: Sized + Clone + 'a where Self: 'a {
    const C: u8 = 1;
    type Assoc: Default;
    type Gat<T> where T: Copy;
    fn required(&self);
    fn provided(&self) {}
}
trait Alias = Tr<'static> + Send;
impl<T: ?Sized> Tr<'_> for Box<T> {
    const C: u8 = 2;
    type Assoc = ();
    fn required(&self) {}
}
impl !Send for Unit {}
impl const Default for Unit {}
default unsafe impl<T> Marker for T {}
impl<const N: usize> [u8; N] {}
impl <T as Trait>::Assoc {}
