// std::cell::Cell: a value replaced through shared references (`__rustg_as_mut` is std's
// UnsafeCell::get). RefCell is not here yet: its guards need temporaries dropped at the end of
// their statement, which codegen does not do for method receivers and format arguments.

use std::fmt;

pub struct Cell<T> {
    value: T,
}

impl<T> Cell<T> {
    pub fn new(value: T) -> Cell<T> {
        Cell { value: value }
    }
    pub fn set(&self, value: T) {
        *__rustg_as_mut(&self.value) = value;
    }
    pub fn replace(&self, value: T) -> T {
        std::mem::replace(__rustg_as_mut(&self.value), value)
    }
    pub fn get_mut(&mut self) -> &mut T {
        &mut self.value
    }
    pub fn into_inner(self) -> T {
        let Cell { value } = self;
        value
    }
}

impl<T: Copy> Cell<T> {
    pub fn get(&self) -> T {
        self.value
    }
}

impl<T: Copy + fmt::Debug> fmt::Debug for Cell<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Cell {{ value: {:?} }}", self.value)
    }
}
