// A block closure written below the `(` line in visual style joins it; a multi-line generic
// argument list inside a struct keeps its arguments one level deeper.
pub struct EscapeDebug<'a> {
    pub(super) inner: Chain<
        Flatten<option::IntoIter<char::EscapeDebug>>,
        FlatMap<Chars<'a>, char::EscapeDebug, CharEscapeDebugContinue>,
    >,
}

fn fold(self) -> B {
    self.iter.fold(accum,
        |accum, x| {
            let accum = f(accum, element.generate());
            accum
        })
}
