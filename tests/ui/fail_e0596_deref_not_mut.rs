// Writing through a RefCell's shared guard, or through a guard binding not declared `mut`.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1]);
    let r = c.borrow();
    r.push(2);
    drop(r);
    let g = c.borrow_mut();
    g.push(3);
}
