pub struct A; pub(crate) struct B; pub(self) struct C; pub(super) struct D; pub(in a::b) struct E; crate struct F; pub(x) fn g() {}
