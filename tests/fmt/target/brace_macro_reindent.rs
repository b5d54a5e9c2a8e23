// A `{ .. }` macro call is kept as written except that its later lines are re-indented: the
// least indented goes to the call's indent, the others keep their offsets.
impl_format! {Display Debug
UpperExp LowerExp UpperHex LowerHex Octal Binary Pointer}

fn f() {
    peeking_next_by_clone! { [I: Clone + PeekingNext + DoubleEndedIterator]
    ::std::iter::Rev<I>
        more }
}
