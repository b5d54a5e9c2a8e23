// std::cell::Cell and RefCell: values replaced or borrowed through shared references
// (`__rustg_as_mut` is std's UnsafeCell::get). RefCell counts its borrows as std does (readers
// > 0, a writer -1); its guards Ref/RefMut give the count back when dropped, and codegen drops
// guard temporaries at the end of their statement (codegen/temps.inc), so a borrow ends where
// rustc ends it. The `#[track_caller]` functions panic at their caller's location.

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

impl<T: Default> Cell<T> {
    pub fn take(&self) -> T {
        std::mem::replace(__rustg_as_mut(&self.value), T::default())
    }
}

impl<T: Copy + fmt::Debug> fmt::Debug for Cell<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            let e = format!("{:#?}", self.value);
            return write!(f, "Cell {{\n    value: {},\n}}", e.replace("\n", "\n    "));
        }
        write!(f, "Cell {{ value: {:?} }}", self.value)
    }
}

pub struct RefCell<T> {
    borrow: isize,
    value: T,
}

// A shared borrow of a RefCell's value; dropping it ends the borrow.
pub struct Ref<T> {
    cell: &'static RefCell<T>,
}

// The exclusive borrow of a RefCell's value; dropping it ends the borrow.
pub struct RefMut<T> {
    cell: &'static RefCell<T>,
}

pub struct BorrowError {}

pub struct BorrowMutError {}

impl<T> RefCell<T> {
    pub fn new(value: T) -> RefCell<T> {
        RefCell { borrow: 0, value: value }
    }
    #[track_caller]
    pub fn borrow(&self) -> Ref<T> {
        if self.borrow < 0 {
            panic!("RefCell already mutably borrowed");
        }
        *__rustg_as_mut(&self.borrow) += 1;
        Ref { cell: self }
    }
    #[track_caller]
    pub fn borrow_mut(&self) -> RefMut<T> {
        if self.borrow != 0 {
            panic!("RefCell already borrowed");
        }
        *__rustg_as_mut(&self.borrow) = -1;
        RefMut { cell: self }
    }
    pub fn try_borrow(&self) -> Result<Ref<T>, BorrowError> {
        if self.borrow < 0 {
            return Err(BorrowError {});
        }
        *__rustg_as_mut(&self.borrow) += 1;
        Ok(Ref { cell: self })
    }
    pub fn try_borrow_mut(&self) -> Result<RefMut<T>, BorrowMutError> {
        if self.borrow != 0 {
            return Err(BorrowMutError {});
        }
        *__rustg_as_mut(&self.borrow) = -1;
        Ok(RefMut { cell: self })
    }
    #[track_caller]
    pub fn replace(&self, value: T) -> T {
        if self.borrow != 0 {
            panic!("RefCell already borrowed");
        }
        std::mem::replace(__rustg_as_mut(&self.value), value)
    }
    pub fn get_mut(&mut self) -> &mut T {
        &mut self.value
    }
    pub fn into_inner(self) -> T {
        let RefCell { borrow, value } = self;
        value
    }
}

impl<T> Drop for Ref<T> {
    fn drop(&mut self) {
        *__rustg_as_mut(&self.cell.borrow) -= 1;
    }
}

impl<T> Drop for RefMut<T> {
    fn drop(&mut self) {
        *__rustg_as_mut(&self.cell.borrow) = 0;
    }
}

impl<T> Deref for Ref<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.cell.value
    }
}

impl<T> Deref for RefMut<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.cell.value
    }
}

impl<T> DerefMut for RefMut<T> {
    fn deref_mut(&mut self) -> &mut T {
        __rustg_as_mut(&self.cell.value)
    }
}

impl<T: fmt::Debug> fmt::Debug for RefCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.borrow < 0 {
            if f.alternate() {
                return write!(f, "RefCell {{\n    value: <borrowed>,\n}}");
            }
            return write!(f, "RefCell {{ value: <borrowed> }}");
        }
        if f.alternate() {
            let e = format!("{:#?}", self.value);
            return write!(f, "RefCell {{\n    value: {},\n}}", e.replace("\n", "\n    "));
        }
        write!(f, "RefCell {{ value: {:?} }}", self.value)
    }
}

impl<T: fmt::Debug> fmt::Debug for Ref<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            return write!(f, "{:#?}", self.cell.value);
        }
        write!(f, "{:?}", self.cell.value)
    }
}

impl<T: fmt::Debug> fmt::Debug for RefMut<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            return write!(f, "{:#?}", self.cell.value);
        }
        write!(f, "{:?}", self.cell.value)
    }
}

impl<T: fmt::Display> fmt::Display for Ref<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.cell.value)
    }
}

impl<T: fmt::Display> fmt::Display for RefMut<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.cell.value)
    }
}

impl fmt::Debug for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "BorrowError")
    }
}

impl fmt::Display for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "RefCell already mutably borrowed")
    }
}

impl fmt::Debug for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "BorrowMutError")
    }
}

impl fmt::Display for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "RefCell already borrowed")
    }
}
