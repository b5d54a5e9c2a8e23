// Arm alternatives written with pipes ending lines join when they fit; a one-predicate where
// clause on an empty impl joins its header without the trailing comma; closure parameters stay
// together when an argument list goes vertical.
fn into_inner(self) -> T {
    match self {
        Position::First(x) | Position::Middle(x) | Position::Last(x) | Position::Only(x) => x,
    }
}

impl<I> ExactSizeIterator for WithPosition<I> where I: ExactSizeIterator {}

pub fn getcwd() -> io::Result<PathBuf> {
    super::fill_utf16_buf(
        |buf, sz| unsafe { c::GetCurrentDirectoryW(sz, buf) },
        super::os2path,
    )
}

impl X {
    fn size_hint(&self) -> (usize, Option<usize>) {
        match self.state {
            PermutationState::StartUnknownLen { .. }
            | PermutationState::OngoingUnknownLen { .. } => (0, None), // TODO can we improve this lower bound?
            PermutationState::Complete(ref state) => match state.remaining() {
                CompleteStateRemaining::Known(count) => (count, Some(count)),
                CompleteStateRemaining::Overflow => (::std::usize::MAX, None),
            },
            PermutationState::Empty => (0, Some(0)),
        }
    }
}
