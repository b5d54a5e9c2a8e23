// transmuting a fn pointer to another signature: rustc accepts it (the ABIs agree there), rustg's
// C types do not promise that, so it is reported instead of miscompiled.
extern "C" fn foo(x: &isize) -> Option<&isize> { Some(x) }
fn main() {
    let f: extern "C" fn(&isize) -> &isize =
        unsafe { std::mem::transmute(foo as extern "C" fn(&isize) -> Option<&isize>) };
    println!("{}", f(&3));
}
