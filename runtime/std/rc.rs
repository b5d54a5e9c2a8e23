// std::rc::Rc and Weak: a reference-counted heap cell. The value and its counts live in one Box
// that `Rc::new` leaks (`__rustg_box_leak`) and the last reference dropped takes back
// (`__rustg_box_from`). The last `Rc` drops the value (it becomes None: Weak::upgrade sees it
// gone), the last of all, strong or weak, frees the box, so the value's destructor runs once.
// Counts change through shared references with `__rustg_as_mut` (std's Cell inside RcBox).

use std::fmt;

pub struct RcBox<T> {
    strong: usize,
    weak: usize,
    value: Option<T>,
}

pub struct Rc<T> {
    ptr: &'static RcBox<T>,
}

// A non-owning reference to an Rc's value; `Weak::new()` points at nothing.
pub struct Weak<T> {
    ptr: Option<&'static RcBox<T>>,
}

impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T> {
        let b: Box<RcBox<T>> = Box::new(RcBox { strong: 1, weak: 0, value: Some(value) });
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
    pub fn weak_count(this: &Rc<T>) -> usize {
        this.ptr.weak
    }
    pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool {
        __rustg_addr(this.ptr) == __rustg_addr(other.ptr)
    }
    pub fn downgrade(this: &Rc<T>) -> Weak<T> {
        __rustg_as_mut(this.ptr).weak += 1;
        Weak { ptr: Some(this.ptr) }
    }
    pub fn get_mut(this: &mut Rc<T>) -> Option<&mut T> {
        if this.ptr.strong != 1 || this.ptr.weak != 0 {
            return None;
        }
        match &mut __rustg_as_mut(this.ptr).value {
            Some(v) => Some(v),
            None => None,
        }
    }
    pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>> {
        if this.ptr.strong != 1 {
            return Err(this);
        }
        let v: Option<T> = __rustg_as_mut(this.ptr).value.take();
        drop(this);
        Ok(v.unwrap())
    }
}

impl<T> Rc<T> {
    // An Rc owning the contents of `b`, which may be a `str` or a `[T]` (`Rc<str>`, `Rc<[T]>`: the
    // RcBox holds their fat pointer, codegen/unsized.inc); the conversions below build on it.
    fn __from_box(b: Box<T>) -> Rc<T> {
        let inner: Box<RcBox<T>> = Box::new(RcBox { strong: 1, weak: 0, value: Some(*b) });
        let p: &mut RcBox<T> = __rustg_box_leak(inner);
        Rc { ptr: &*p }
    }
}

impl From<&str> for Rc<str> {
    fn from(s: &str) -> Rc<str> {
        let b: Box<str> = Box::from(s);
        Rc::__from_box(b)
    }
}

impl From<String> for Rc<str> {
    fn from(s: String) -> Rc<str> {
        Rc::__from_box(s.into_boxed_str())
    }
}

impl<T> From<Vec<T>> for Rc<[T]> {
    fn from(v: Vec<T>) -> Rc<[T]> {
        Rc::__from_box(v.into_boxed_slice())
    }
}

impl<T: Clone> From<&[T]> for Rc<[T]> {
    fn from(s: &[T]) -> Rc<[T]> {
        let b: Box<[T]> = Box::from(s);
        Rc::__from_box(b)
    }
}

impl<T> From<Box<T>> for Rc<T> {
    fn from(b: Box<T>) -> Rc<T> {
        Rc::__from_box(b)
    }
}

impl<T: Clone> Rc<T> {
    pub fn make_mut(this: &mut Rc<T>) -> &mut T {
        if this.ptr.strong != 1 || this.ptr.weak != 0 {
            let copy: T = match &this.ptr.value {
                Some(v) => v.clone(),
                None => panic!("Rc value already dropped"),
            };
            *this = Rc::new(copy);
        }
        match &mut __rustg_as_mut(this.ptr).value {
            Some(v) => v,
            None => panic!("Rc value already dropped"),
        }
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
            // The value's own Weak references to this box must not free it while it drops.
            inner.weak += 1;
            inner.value = None;
            inner.weak -= 1;
            if inner.weak == 0 {
                let b: Box<RcBox<T>> = __rustg_box_from(inner);
                drop(b);
            }
        }
    }
}

impl<T> Deref for Rc<T> {
    type Target = T;
    fn deref(&self) -> &T {
        match &self.ptr.value {
            Some(v) => v,
            None => panic!("Rc value already dropped"),
        }
    }
}

impl<T: fmt::Display> fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match &self.ptr.value {
            Some(v) => write!(f, "{}", v),
            None => Ok(()),
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match &self.ptr.value {
            Some(v) => {
                if f.alternate() {
                    write!(f, "{:#?}", v)
                } else {
                    write!(f, "{:?}", v)
                }
            }
            None => Ok(()),
        }
    }
}

impl<T> Weak<T> {
    pub fn new() -> Weak<T> {
        Weak { ptr: None }
    }
    pub fn upgrade(&self) -> Option<Rc<T>> {
        match self.ptr {
            Some(p) => {
                if p.strong == 0 {
                    return None;
                }
                __rustg_as_mut(p).strong += 1;
                Some(Rc { ptr: p })
            }
            None => None,
        }
    }
    pub fn strong_count(&self) -> usize {
        match self.ptr {
            Some(p) => p.strong,
            None => 0,
        }
    }
    pub fn weak_count(&self) -> usize {
        match self.ptr {
            Some(p) => {
                if p.strong == 0 { 0 } else { p.weak }
            }
            None => 0,
        }
    }
}

impl<T> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        match self.ptr {
            Some(p) => {
                __rustg_as_mut(p).weak += 1;
            }
            None => {}
        }
        Weak { ptr: self.ptr }
    }
}

impl<T> Drop for Weak<T> {
    fn drop(&mut self) {
        match self.ptr {
            Some(p) => {
                let inner: &mut RcBox<T> = __rustg_as_mut(p);
                inner.weak -= 1;
                if inner.weak == 0 && inner.strong == 0 {
                    let b: Box<RcBox<T>> = __rustg_box_from(inner);
                    drop(b);
                }
            }
            None => {}
        }
    }
}

impl<T> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "(Weak)")
    }
}
