// std::rc::Rc: a reference-counted heap cell. The value and its count live in one Box that
// `Rc::new` leaks (`__rustg_box_leak`) and the last `Rc` dropped takes back
// (`__rustg_box_from`), so the value's destructor runs once, when the count reaches zero.
// Counts change through shared references with `__rustg_as_mut` (std's Cell inside RcBox).

use std::fmt;

pub struct RcBox<T> {
    strong: usize,
    value: T,
}

pub struct Rc<T> {
    ptr: &'static RcBox<T>,
}

impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T> {
        let b: Box<RcBox<T>> = Box::new(RcBox { strong: 1, value: value });
        let p: &mut RcBox<T> = __rustg_box_leak(b);
        Rc { ptr: &*p }
    }
    pub fn clone(this: &Rc<T>) -> Rc<T> {
        __rustg_as_mut(this.ptr).strong += 1;
        Rc { ptr: this.ptr }
    }
    pub fn strong_count(this: &Rc<T>) -> usize {
        this.ptr.strong
    }
    pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool {
        __rustg_addr(this.ptr) == __rustg_addr(other.ptr)
    }
}

impl<T> Clone for Rc<T> {
    fn clone(&self) -> Rc<T> {
        __rustg_as_mut(self.ptr).strong += 1;
        Rc { ptr: self.ptr }
    }
}

impl<T> Drop for Rc<T> {
    fn drop(&mut self) {
        let inner: &mut RcBox<T> = __rustg_as_mut(self.ptr);
        inner.strong -= 1;
        if inner.strong == 0 {
            let b: Box<RcBox<T>> = __rustg_box_from(inner);
            drop(b);
        }
    }
}

impl<T> Deref for Rc<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.ptr.value
    }
}

impl<T: fmt::Display> fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.ptr.value)
    }
}

impl<T: fmt::Debug> fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:?}", self.ptr.value)
    }
}
