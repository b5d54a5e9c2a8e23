// Slice and Vec methods beyond the checker's built-ins: windows/chunks/split iterators, rotations,
// fill, copy_from_slice, is_sorted, partition_point; Vec's drain (any range), dedup_by(_key),
// resize, append, extend_from_within, retain_mut; `[T]::repeat`, `binary_search_by(_key)`.
// rustg-prelude-keys: binary_search_by binary_search_by_key repeat append extend_from_within retain_mut windows chunks chunks_exact rchunks rotate_left rotate_right fill copy_from_slice is_sorted partition_point drain dedup_by_key dedup_by resize split_first split_last split_at_mut split_first_mut split_last_mut replace_range

use std::cmp::Ordering;

// Range arguments (`v.drain(1..3)`, `..`, `2..`, `..=4`): the bounds within a length.
pub trait __RangeArg {
    fn __bounds(&self, len: usize) -> (usize, usize);
}
impl __RangeArg for Range<usize> {
    fn __bounds(&self, _len: usize) -> (usize, usize) {
        (self.start, self.end)
    }
}
impl __RangeArg for RangeInclusive<usize> {
    fn __bounds(&self, _len: usize) -> (usize, usize) {
        (self.start, self.end + 1)
    }
}
impl __RangeArg for RangeFrom<usize> {
    fn __bounds(&self, len: usize) -> (usize, usize) {
        (self.start, len)
    }
}
impl __RangeArg for RangeTo<usize> {
    fn __bounds(&self, _len: usize) -> (usize, usize) {
        (0, self.end)
    }
}
impl __RangeArg for RangeToInclusive<usize> {
    fn __bounds(&self, _len: usize) -> (usize, usize) {
        (0, self.end + 1)
    }
}
impl __RangeArg for RangeFull {
    fn __bounds(&self, len: usize) -> (usize, usize) {
        (0, len)
    }
}

pub struct Windows<'a, T> { v: &'a [T], size: usize, pos: usize }
impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.pos + self.size > self.v.len() {
            return None;
        }
        self.pos += 1;
        Some(&self.v[self.pos - 1..self.pos - 1 + self.size])
    }
}
pub struct Chunks<'a, T> { v: &'a [T], size: usize, pos: usize, exact: bool }
impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        let n = self.v.len();
        if self.pos >= n || (self.exact && self.pos + self.size > n) {
            return None;
        }
        let start = self.pos;
        let end = if start + self.size < n { start + self.size } else { n };
        self.pos = end;
        Some(&self.v[start..end])
    }
}
// From the back, chunks keep the front's boundaries: the last one holds the remainder (none for
// `chunks_exact`, whose remainder stays out).
impl<'a, T> DoubleEndedIterator for Chunks<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let n = self.v.len();
        if self.pos >= n || (self.exact && self.pos + self.size > n) {
            return None;
        }
        let whole = (n - self.pos) / self.size;
        let (start, end) = if self.exact {
            (self.pos + (whole - 1) * self.size, self.pos + whole * self.size)
        } else {
            (self.pos + (n - self.pos - 1) / self.size * self.size, n)
        };
        let v = self.v;
        self.v = &v[0..start];
        Some(&v[start..end])
    }
}
impl<'a, T> Chunks<'a, T> {
    pub fn remainder(&self) -> &'a [T] {
        let n = self.v.len();
        &self.v[n - n % self.size..n]
    }
}
pub struct RChunks<'a, T> { v: &'a [T], size: usize, end: usize }
impl<'a, T> Iterator for RChunks<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.end == 0 {
            return None;
        }
        let end = self.end;
        let start = if end > self.size { end - self.size } else { 0 };
        self.end = start;
        Some(&self.v[start..end])
    }
}
pub struct SliceSplit<'a, T, P> { v: &'a [T], pred: P, pos: usize, done: bool }
impl<'a, T, P: FnMut(&T) -> bool> Iterator for SliceSplit<'a, T, P> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.done {
            return None;
        }
        let start = self.pos;
        let mut i = start;
        while i < self.v.len() {
            if (self.pred)(&self.v[i]) {
                self.pos = i + 1;
                return Some(&self.v[start..i]);
            }
            i += 1;
        }
        self.done = true;
        Some(&self.v[start..self.v.len()])
    }
}

impl<T> [T] {
    pub fn windows(&self, size: usize) -> Windows<'_, T> {
        if size == 0 {
            panic!("window size must be non-zero");
        }
        Windows { v: self, size: size, pos: 0 }
    }
    pub fn chunks(&self, size: usize) -> Chunks<'_, T> {
        if size == 0 {
            panic!("chunk size must be non-zero");
        }
        Chunks { v: self, size: size, pos: 0, exact: false }
    }
    pub fn chunks_exact(&self, size: usize) -> Chunks<'_, T> {
        if size == 0 {
            panic!("chunk size must be non-zero");
        }
        Chunks { v: self, size: size, pos: 0, exact: true }
    }
    pub fn rchunks(&self, size: usize) -> RChunks<'_, T> {
        if size == 0 {
            panic!("chunk size must be non-zero");
        }
        RChunks { v: self, size: size, end: self.len() }
    }
    pub fn split<P: FnMut(&T) -> bool>(&self, pred: P) -> SliceSplit<'_, T, P> {
        SliceSplit { v: self, pred: pred, pos: 0, done: false }
    }
    pub fn split_first(&self) -> Option<(&T, &[T])> {
        if self.len() == 0 {
            return None;
        }
        Some((&self[0], &self[1..self.len()]))
    }
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        let n = self.len();
        if mid > n {
            panic!("mid > len");
        }
        let a = &mut self[0..mid];
        let b = &mut self[mid..n];
        (a, b)
    }
    pub fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        let (a, b) = self.split_at_mut(1);
        Some((&mut a[0], b))
    }
    pub fn split_last_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        let (a, b) = self.split_at_mut(n - 1);
        Some((&mut b[0], a))
    }
    pub fn split_last(&self) -> Option<(&T, &[T])> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        Some((&self[n - 1], &self[0..n - 1]))
    }
    pub fn rotate_left(&mut self, mid: usize) {
        if mid > self.len() {
            panic!("assertion failed: mid <= self.len()");
        }
        let n = self.len();
        self[0..mid].reverse();
        self[mid..n].reverse();
        self.reverse();
    }
    pub fn rotate_right(&mut self, k: usize) {
        if k > self.len() {
            panic!("assertion failed: k <= self.len()");
        }
        let n = self.len();
        self[0..n - k].reverse();
        self[n - k..n].reverse();
        self.reverse();
    }
    pub fn partition_point<P: FnMut(&T) -> bool>(&self, mut pred: P) -> usize {
        let mut lo = 0;
        let mut hi = self.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(&self[mid]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}
impl<T: Clone> [T] {
    pub fn fill(&mut self, value: T) {
        let mut i = 0;
        while i < self.len() {
            self[i] = value.clone();
            i += 1;
        }
    }
}
impl<T: Copy> [T] {
    pub fn copy_from_slice(&mut self, src: &[T]) {
        if self.len() != src.len() {
            panic!("copy_from_slice: source slice length ({}) does not match destination slice length ({})", src.len(), self.len());
        }
        let mut i = 0;
        while i < src.len() {
            self[i] = src[i];
            i += 1;
        }
    }
}
impl<T> [T] {
    // std's search: halve `size` keeping `base` at or before the first element not less than the
    // target, so duplicates resolve to the same index as std's.
    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, mut f: F) -> Result<usize, usize> {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            if f(&self[mid]) != Ordering::Greater {
                base = mid;
            }
            size -= half;
        }
        match f(&self[base]) {
            Ordering::Equal => Ok(base),
            Ordering::Less => Err(base + 1),
            Ordering::Greater => Err(base),
        }
    }
    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(&self, b: &B, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|x| f(x).cmp(b))
    }
}
impl<T: Copy> [T] {
    pub fn repeat(&self, n: usize) -> Vec<T> {
        let mut v = Vec::new();
        let mut k = 0;
        while k < n {
            for x in self {
                v.push(*x);
            }
            k += 1;
        }
        v
    }
}
impl<T: PartialOrd> [T] {
    pub fn is_sorted(&self) -> bool {
        let mut i = 1;
        while i < self.len() {
            if self[i - 1] > self[i] {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl<T> Vec<T> {
    pub fn drain<R: __RangeArg>(&mut self, range: R) -> IntoIter<T> {
        let (a, b) = range.__bounds(self.len());
        if a > b {
            panic!("slice index starts at {} but ends at {}", a, b);
        }
        if b > self.len() {
            panic!("range end index {} out of range for slice of length {}", b, self.len());
        }
        let mut tail = self.split_off(b);
        let mid = self.split_off(a);
        tail.reverse();
        while let Some(x) = tail.pop() {
            self.push(x);
        }
        mid.into_iter()
    }
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        let mut i = 1;
        while i < self.len() {
            let k1 = key(&mut self[i]);
            let k0 = key(&mut self[i - 1]);
            if k1 == k0 {
                self.remove(i);
            } else {
                i += 1;
            }
        }
    }
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same: F) {
        let mut i = 1;
        while i < self.len() {
            let mut cur = self.remove(i);
            if same(&mut cur, &mut self[i - 1]) {
                continue;
            }
            self.insert(i, cur);
            i += 1;
        }
    }
}
impl<T> Vec<T> {
    // Moves other's elements to the end of self, leaving other empty.
    pub fn append(&mut self, other: &mut Vec<T>) {
        other.reverse();
        while let Some(x) = other.pop() {
            self.push(x);
        }
    }
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut keep: F) {
        let mut i = 0;
        while i < self.len() {
            if keep(&mut self[i]) {
                i += 1;
            } else {
                self.remove(i);
            }
        }
    }
}
impl<T: Clone> Vec<T> {
    pub fn extend_from_within<R: __RangeArg>(&mut self, range: R) {
        let (a, b) = range.__bounds(self.len());
        if a > b {
            panic!("slice index starts at {} but ends at {}", a, b);
        }
        if b > self.len() {
            panic!("range end index {} out of range for slice of length {}", b, self.len());
        }
        let mut i = a;
        while i < b {
            let x = self[i].clone();
            self.push(x);
            i += 1;
        }
    }
    pub fn resize(&mut self, n: usize, value: T) {
        if n < self.len() {
            self.truncate(n);
        }
        while self.len() < n {
            self.push(value.clone());
        }
    }
}
// String's range edit (std's `replace_range`: the bounds must be char boundaries).
impl String {
    pub fn replace_range<R: __RangeArg>(&mut self, range: R, replace_with: &str) {
        let n = self.len();
        let (a, b) = range.__bounds(n);
        if a > b || b > n || !self.is_char_boundary(a) || !self.is_char_boundary(b) {
            panic!("assertion failed: self.is_char_boundary(n)");
        }
        let tail = String::from(&self[b..n]);
        self.truncate(a);
        self.push_str(replace_with);
        self.push_str(&tail);
    }
}
