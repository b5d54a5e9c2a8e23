// rustg-flags: --analyze
// `*` goes through Rc's `impl Deref` once: a second `*` on the i32 inside is an error.
use std::rc::Rc;

fn main() {
    let r = Rc::new(5);
    println!("{}", **r);
}
