// std::collections::BinaryHeap (re-exported by collections.rs); see collections.rs for the design.

use std::fmt;

// BinaryHeap: a max-heap in a Vec, with std's sift algorithms (so `{:?}` shows std's order).

pub struct BinaryHeap<T> {
    data: Vec<T>,
}

impl<T: Ord> BinaryHeap<T> {
    pub fn new() -> BinaryHeap<T> {
        BinaryHeap { data: Vec::new() }
    }
    pub fn with_capacity(_capacity: usize) -> BinaryHeap<T> {
        BinaryHeap { data: Vec::new() }
    }
    // `BinaryHeap::from([1, 2])` (the checker passes the array's elements as a Vec) and `From<Vec<T>>`.
    pub fn __from_array(data: Vec<T>) -> BinaryHeap<T> {
        let mut h = BinaryHeap { data: data };
        let mut n = h.data.len() / 2;
        while n > 0 {
            n -= 1;
            let end = h.data.len();
            h.sift_down_range(n, end);
        }
        h
    }
    pub fn len(&self) -> usize {
        self.data.len()
    }
    pub fn capacity(&self) -> usize {
        self.data.capacity()
    }
    pub fn is_empty(&self) -> bool {
        self.data.len() == 0
    }
    pub fn clear(&mut self) {
        self.data.clear();
    }
    pub fn peek(&self) -> Option<&T> {
        if self.data.len() == 0 {
            return None;
        }
        Some(&self.data[0])
    }
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let pos = self.data.len() - 1;
        self.sift_up(0, pos);
    }
    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let item = self.data.pop();
        if self.data.len() > 0 {
            self.sift_down_to_bottom(0);
        }
        item
    }
    pub fn into_vec(self) -> Vec<T> {
        self.data
    }
    pub fn into_sorted_vec(self) -> Vec<T> {
        let mut h = self;
        let mut end = h.data.len();
        while end > 1 {
            end -= 1;
            h.data.swap(0, end);
            h.sift_down_range(0, end);
        }
        h.data
    }
    pub fn iter(&self) -> Vec<&T> {
        let mut out = Vec::new();
        for x in &self.data {
            out.push(x);
        }
        out
    }
    pub fn __rustg_for(&self) -> Vec<&T> {
        self.iter()
    }
    pub fn __rustg_into_vec(self) -> Vec<T> {
        self.data
    }
    fn sift_up(&mut self, start: usize, pos: usize) -> usize {
        let mut pos = pos;
        while pos > start {
            let parent = (pos - 1) / 2;
            if self.data[pos] <= self.data[parent] {
                break;
            }
            self.data.swap(pos, parent);
            pos = parent;
        }
        pos
    }
    fn sift_down_range(&mut self, pos: usize, end: usize) {
        let mut pos = pos;
        let mut child = 2 * pos + 1;
        while end >= 2 && child <= end - 2 {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            if self.data[pos] >= self.data[child] {
                return;
            }
            self.data.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if end >= 1 && child == end - 1 && self.data[pos] < self.data[child] {
            self.data.swap(pos, child);
        }
    }
    fn sift_down_to_bottom(&mut self, pos: usize) {
        let end = self.data.len();
        let start = pos;
        let mut pos = pos;
        let mut child = 2 * pos + 1;
        while end >= 2 && child <= end - 2 {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            self.data.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if end >= 1 && child == end - 1 {
            self.data.swap(pos, child);
            pos = child;
        }
        self.sift_up(start, pos);
    }
}

impl<T: fmt::Debug> fmt::Debug for BinaryHeap<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            return write!(f, "{:#?}", self.data);
        }
        write!(f, "{:?}", self.data)
    }
}
impl<T: Ord> From<Vec<T>> for BinaryHeap<T> {
    fn from(v: Vec<T>) -> BinaryHeap<T> {
        BinaryHeap::__from_array(v)
    }
}
impl<T: Ord> From<BinaryHeap<T>> for Vec<T> {
    fn from(h: BinaryHeap<T>) -> Vec<T> {
        h.into_vec()
    }
}
