fn f() {
    let (front, back) = (
        MaybeUninit::slice_assume_init_ref(front),
        MaybeUninit::slice_assume_init_ref(back),
    );
    re = Some((re_params[0].clone(), native_type_to_type(out_t).to_string()));
    let one = (a_very_long_single_element_expression_that_is_wide + another_long_operand_here,);
    let short = (a, b);
}

pub fn visit_lit_byte_str<'ast, V>(v: &mut V, node: &'ast LitByteStr)
where
    V: Visit<'ast> + ?Sized,
{
}
fn g<T>(x: T)
where
    T: Copy,
{
}
impl<T> Foo for Bar<T> where T: Copy {}
