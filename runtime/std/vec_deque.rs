// std::collections::VecDeque (re-exported by collections.rs); see collections.rs for the design.

use std::fmt;

// VecDeque: a ring buffer of `cap` slots (None: free) starting at `head`.

pub struct VecDeque<T> {
    buf: Vec<Option<T>>,
    head: usize,
    len: usize,
}

impl<T> VecDeque<T> {
    pub fn new() -> VecDeque<T> {
        VecDeque { buf: Vec::new(), head: 0, len: 0 }
    }
    pub fn with_capacity(capacity: usize) -> VecDeque<T> {
        let mut buf = Vec::new();
        while buf.len() < capacity {
            buf.push(None);
        }
        VecDeque { buf: buf, head: 0, len: 0 }
    }
    // `VecDeque::from([1, 2])`: the checker passes the array's elements as a Vec.
    pub fn __from_array(v: Vec<T>) -> VecDeque<T> {
        let mut d = VecDeque { buf: Vec::new(), head: 0, len: 0 };
        for x in v {
            d.push_back(x);
        }
        d
    }
    // Moves other's elements to the back of self, leaving other empty.
    pub fn append(&mut self, other: &mut VecDeque<T>) {
        while let Some(x) = other.pop_front() {
            self.push_back(x);
        }
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    fn slot(&self, i: usize) -> usize {
        (self.head + i) % self.buf.len()
    }
    fn grow(&mut self) {
        let cap = if self.buf.len() == 0 { 4 } else { self.buf.len() * 2 };
        let mut buf: Vec<Option<T>> = Vec::new();
        let mut i = 0;
        while i < self.len {
            let s = self.slot(i);
            buf.push(self.buf[s].take());
            i += 1;
        }
        while buf.len() < cap {
            buf.push(None);
        }
        self.buf = buf;
        self.head = 0;
    }
    pub fn push_back(&mut self, value: T) {
        if self.len == self.buf.len() {
            self.grow();
        }
        let s = self.slot(self.len);
        self.buf[s] = Some(value);
        self.len += 1;
    }
    pub fn push_front(&mut self, value: T) {
        if self.len == self.buf.len() {
            self.grow();
        }
        self.head = (self.head + self.buf.len() - 1) % self.buf.len();
        let h = self.head;
        self.buf[h] = Some(value);
        self.len += 1;
    }
    pub fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let h = self.head;
        let v = self.buf[h].take();
        self.head = (self.head + 1) % self.buf.len();
        self.len -= 1;
        v
    }
    pub fn pop_back(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let s = self.slot(self.len - 1);
        self.len -= 1;
        self.buf[s].take()
    }
    pub fn front(&self) -> Option<&T> {
        self.get(0)
    }
    pub fn back(&self) -> Option<&T> {
        if self.len == 0 {
            return None;
        }
        self.get(self.len - 1)
    }
    pub fn get(&self, index: usize) -> Option<&T> {
        if index >= self.len {
            return None;
        }
        self.buf[self.slot(index)].as_ref()
    }
    pub fn clear(&mut self) {
        while self.len > 0 {
            self.pop_back();
        }
        self.head = 0;
    }
    pub fn iter(&self) -> IntoIter<&T> {
        self.__rustg_for().into_iter()
    }
    pub fn into_iter(self) -> IntoIter<T> {
        self.__rustg_into_vec().into_iter()
    }
    fn __refs(&self) -> Vec<&T> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.len {
            match self.get(i) {
                Some(x) => out.push(x),
                None => {}
            }
            i += 1;
        }
        out
    }
    pub fn __rustg_for(&self) -> Vec<&T> {
        self.__refs()
    }
    pub fn __rustg_into_vec(self) -> Vec<T> {
        let mut d = self;
        let mut out = Vec::new();
        while let Some(x) = d.pop_front() {
            out.push(x);
        }
        out
    }
    pub fn remove(&mut self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        let mut front = Vec::new();
        while front.len() < index {
            if let Some(x) = self.pop_front() {
                front.push(x);
            }
        }
        let out = self.pop_front();
        while let Some(x) = front.pop() {
            self.push_front(x);
        }
        out
    }
    pub fn insert(&mut self, index: usize, value: T) {
        if index > self.len {
            panic!("index out of bounds");
        }
        let mut front = Vec::new();
        while front.len() < index {
            if let Some(x) = self.pop_front() {
                front.push(x);
            }
        }
        self.push_front(value);
        while let Some(x) = front.pop() {
            self.push_front(x);
        }
    }
    pub fn rotate_left(&mut self, n: usize) {
        let mut i = 0;
        while i < n {
            match self.pop_front() {
                Some(x) => self.push_back(x),
                None => {}
            }
            i += 1;
        }
    }
    pub fn rotate_right(&mut self, n: usize) {
        let mut i = 0;
        while i < n {
            match self.pop_back() {
                Some(x) => self.push_front(x),
                None => {}
            }
            i += 1;
        }
    }
}

impl<T: PartialEq> VecDeque<T> {
    pub fn contains(&self, value: &T) -> bool {
        let mut i = 0;
        while i < self.len {
            match self.get(i) {
                Some(x) => {
                    if *x == *value {
                        return true;
                    }
                }
                None => {}
            }
            i += 1;
        }
        false
    }
}

impl<T> Index<usize> for VecDeque<T> {
    type Output = T;
    fn index(&self, index: usize) -> &T {
        match self.get(index) {
            Some(x) => x,
            None => panic!("Out of bounds access"),
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for VecDeque<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            // std's pretty form: one element a line, nested output indented four spaces.
            if self.len == 0 {
                return write!(f, "[]");
            }
            write!(f, "[\n")?;
            let mut p = 0;
            while p < self.len {
                if let Some(x) = self.get(p) {
                    let e = format!("{:#?}", x);
                    write!(f, "    {},\n", e.replace("\n", "\n    "))?;
                }
                p += 1;
            }
            return write!(f, "]");
        }
        write!(f, "[")?;
        let mut i = 0;
        while i < self.len {
            if i > 0 {
                write!(f, ", ")?;
            }
            match self.get(i) {
                Some(x) => write!(f, "{:?}", x)?,
                None => {}
            }
            i += 1;
        }
        write!(f, "]")
    }
}

impl<T> FromIterator<T> for VecDeque<T> {
    fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> VecDeque<T> {
        let mut d = VecDeque::new();
        while let Some(x) = iter.next() {
            d.push_back(x);
        }
        d
    }
}
impl<T> Extend<T> for VecDeque<T> {
    fn extend<I: Iterator<Item = T>>(&mut self, mut iter: I) {
        while let Some(x) = iter.next() {
            self.push_back(x);
        }
    }
}
impl<'a, T: 'a + Copy> Extend<&'a T> for VecDeque<T> {
    fn extend<I: Iterator<Item = &'a T>>(&mut self, mut iter: I) {
        while let Some(x) = iter.next() {
            self.push_back(*x);
        }
    }
}
impl<T> Default for VecDeque<T> {
    fn default() -> VecDeque<T> {
        VecDeque::new()
    }
}
impl<T> From<Vec<T>> for VecDeque<T> {
    fn from(v: Vec<T>) -> VecDeque<T> {
        VecDeque::__from_array(v)
    }
}
impl<T> From<VecDeque<T>> for Vec<T> {
    fn from(d: VecDeque<T>) -> Vec<T> {
        let mut d = d;
        let mut out = Vec::new();
        while let Some(x) = d.pop_front() {
            out.push(x);
        }
        out
    }
}
