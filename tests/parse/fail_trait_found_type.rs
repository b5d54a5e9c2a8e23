// `impl A + B for T` names a type where a trait is expected.
impl Foo + Bar for S {}
