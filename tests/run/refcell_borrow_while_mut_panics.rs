// Borrowing a RefCell while a mutable borrow is alive panics at the borrow's call site.
use std::cell::RefCell;

fn read(c: &RefCell<Vec<u8>>) -> usize {
    c.borrow().len()
}

fn main() {
    let c = RefCell::new(vec![1u8, 2]);
    println!("{}", read(&c));
    let mut g = c.borrow_mut();
    g.push(3);
    println!("{}", g.len());
    println!("{}", read(&c));
}
