// Borrowing a RefCell mutably while it is borrowed panics.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    let first = cell.borrow();
    println!("{}", first[0]);
    cell.borrow_mut().push(4);
    println!("{}", first.len());
}
