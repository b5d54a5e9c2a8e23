// Item headers written over several lines: rustfmt joins `->` and the body's `{` onto the
// header line when it fits, and lays out empty bodies with where clauses.
pub fn external(c: &mut Criterion) {
    x();
}

impl<F> fmt::Debug for RepeatCall<F> {
    fn f() {}
}

pub fn diff_with<I, J, F>(i: I, j: J, is_equal: F) -> Option<Diff<I::IntoIter, J::IntoIter>> {
    x();
}

pub fn empty_body() {}

impl<A, I> FusedIterator for RcIter<I> where I: FusedIterator<Item = A> {}

impl<A, I> FusedIterator for RcIter<I>
where
    I: FusedIterator<Item = A>,
    A: Clone,
{
}

struct S {
    a: u32,
}

enum E {
    A,
}

trait T {}

extern "C" {
    fn pgatherdps(src: __m128, slice: *const i8, offsets: i32x4, mask: __m128, scale: i8)
        -> __m128;
    fn short(a: u32) -> u32;
}

trait IterTrait<'a, T: 'a>:
    DoubleEndedIterator<Item = &'a T> + ExactSizeIterator<Item = &'a T>
{
}

impl<T, E, F: From<E>> ops::FromResidual<Result<convert::Infallible, E>>
    for Poll<Option<Result<T, F>>>
{
    fn f() {}
}

mod m {
    pub fn nested<I, J, F>(i: I, j: J, is_equal: F) -> Option<Diff<I::IntoIter, J::IntoIter>> {
        x();
    }
}

pub fn merge_join_by<I, J, F>(
    left: I,
    right: J,
    cmp_fn: F,
) -> MergeJoinBy<I::IntoIter, J::IntoIter, F>
where
    I: IntoIterator,
{
    x();
}

pub fn merge_join_by_without_where<I, J, F>(
    left: I,
    right: J,
    cmp_fn: F,
) -> MergeJoinBy<I::IntoIter, J::IntoIter, F> {
    x();
}
