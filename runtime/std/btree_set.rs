// std::collections::BTreeSet (re-exported by collections.rs); see collections.rs for the design.

use std::fmt;

// BTreeSet: a sorted Vec.

// Field-wise clone and equality are std's: the entries are kept sorted.
#[derive(Clone, PartialEq)]
pub struct BTreeSet<T> {
    items: Vec<T>,
}

impl<T: Ord> BTreeSet<T> {
    pub fn new() -> BTreeSet<T> {
        BTreeSet { items: Vec::new() }
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.len() == 0
    }
    pub fn clear(&mut self) {
        self.items.clear();
    }
    fn search(&self, value: &T) -> Result<usize, usize> {
        let mut lo = 0;
        let mut hi = self.items.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.items[mid] < *value {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo < self.items.len() && self.items[lo] == *value {
            Ok(lo)
        } else {
            Err(lo)
        }
    }
    pub fn insert(&mut self, value: T) -> bool {
        match self.search(&value) {
            Ok(_) => false,
            Err(i) => {
                self.items.insert(i, value);
                true
            }
        }
    }
    pub fn contains(&self, value: &T) -> bool {
        match self.search(value) {
            Ok(_) => true,
            Err(_) => false,
        }
    }
    pub fn remove(&mut self, value: &T) -> bool {
        match self.search(value) {
            Ok(i) => {
                self.items.remove(i);
                true
            }
            Err(_) => false,
        }
    }
    pub fn first(&self) -> Option<&T> {
        if self.items.len() == 0 {
            return None;
        }
        Some(&self.items[0])
    }
    pub fn last(&self) -> Option<&T> {
        let n = self.items.len();
        if n == 0 {
            return None;
        }
        Some(&self.items[n - 1])
    }
    pub fn pop_first(&mut self) -> Option<T> {
        if self.items.len() == 0 {
            return None;
        }
        Some(self.items.remove(0))
    }
    pub fn pop_last(&mut self) -> Option<T> {
        self.items.pop()
    }
    pub fn iter(&self) -> Iter<'_, T> {
        self.items.iter()
    }
    pub fn into_iter(self) -> IntoIter<T> {
        self.items.into_iter()
    }
    pub fn split_off(&mut self, value: &T) -> BTreeSet<T> {
        let i = match self.search(value) {
            Ok(i) => i,
            Err(i) => i,
        };
        BTreeSet { items: self.items.split_off(i) }
    }
    pub fn range<R: __KeyRange<T>>(&self, r: R) -> Iter<'_, T> {
        let mut lo = 0;
        while lo < self.items.len() && r.__below(&self.items[lo]) {
            lo += 1;
        }
        let mut hi = lo;
        while hi < self.items.len() && !r.__above(&self.items[hi]) {
            hi += 1;
        }
        self.items[lo..hi].iter()
    }
    pub fn is_subset(&self, other: &BTreeSet<T>) -> bool {
        for x in &self.items {
            if !other.contains(x) {
                return false;
            }
        }
        true
    }
    pub fn is_superset(&self, other: &BTreeSet<T>) -> bool {
        other.is_subset(self)
    }
    pub fn is_disjoint(&self, other: &BTreeSet<T>) -> bool {
        for x in &self.items {
            if other.contains(x) {
                return false;
            }
        }
        true
    }
    // The set operations collect their items in order first (std's iterators are lazy; the items are the same).
    pub fn intersection<'a>(&'a self, other: &'a BTreeSet<T>) -> IntoIter<&'a T> {
        self.__intersection(other).into_iter()
    }
    fn __intersection<'a>(&'a self, other: &'a BTreeSet<T>) -> Vec<&'a T> {
        let mut out = Vec::new();
        for x in &self.items {
            if other.contains(x) {
                out.push(x);
            }
        }
        out
    }
    pub fn difference<'a>(&'a self, other: &'a BTreeSet<T>) -> IntoIter<&'a T> {
        self.__difference(other).into_iter()
    }
    fn __difference<'a>(&'a self, other: &'a BTreeSet<T>) -> Vec<&'a T> {
        let mut out = Vec::new();
        for x in &self.items {
            if !other.contains(x) {
                out.push(x);
            }
        }
        out
    }
    pub fn union<'a>(&'a self, other: &'a BTreeSet<T>) -> IntoIter<&'a T> {
        self.__union(other).into_iter()
    }
    fn __union<'a>(&'a self, other: &'a BTreeSet<T>) -> Vec<&'a T> {
        self.merge_sorted(other, true)
    }
    pub fn symmetric_difference<'a>(&'a self, other: &'a BTreeSet<T>) -> IntoIter<&'a T> {
        self.__symmetric_difference(other).into_iter()
    }
    fn __symmetric_difference<'a>(&'a self, other: &'a BTreeSet<T>) -> Vec<&'a T> {
        self.merge_sorted(other, false)
    }
    // Both sets' elements in order (one merge of the sorted Vecs); an element in both is kept once
    // when `common`, dropped otherwise.
    fn merge_sorted<'a>(&'a self, other: &'a BTreeSet<T>, common: bool) -> Vec<&'a T> {
        let mut out = Vec::new();
        let mut i = 0;
        let mut j = 0;
        while i < self.items.len() || j < other.items.len() {
            if j == other.items.len() || (i < self.items.len() && self.items[i] < other.items[j]) {
                out.push(&self.items[i]);
                i += 1;
            } else if i == self.items.len() || other.items[j] < self.items[i] {
                out.push(&other.items[j]);
                j += 1;
            } else {
                if common {
                    out.push(&self.items[i]);
                }
                i += 1;
                j += 1;
            }
        }
        out
    }
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F) {
        let mut f = f;
        let mut i = self.items.len();
        while i > 0 {
            i -= 1;
            if !f(&self.items[i]) {
                self.items.remove(i);
            }
        }
    }
    pub fn __rustg_for(&self) -> Vec<&T> {
        let mut out = Vec::new();
        for x in &self.items {
            out.push(x);
        }
        out
    }
    pub fn __rustg_into_vec(self) -> Vec<T> {
        self.items
    }
}

impl<T: fmt::Debug> fmt::Debug for BTreeSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            // std's pretty form: one entry a line, nested output indented four spaces.
            if self.items.len() == 0 {
                return write!(f, "{{}}");
            }
            write!(f, "{{\n")?;
            let mut p = 0;
            while p < self.items.len() {
                let e = format!("{:#?}", self.items[p]);
                write!(f, "    {},\n", e.replace("\n", "\n    "))?;
                p += 1;
            }
            return write!(f, "}}");
        }
        write!(f, "{{")?;
        let mut i = 0;
        while i < self.items.len() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{:?}", self.items[i])?;
            i += 1;
        }
        write!(f, "}}")
    }
}

impl<T: Ord> FromIterator<T> for BTreeSet<T> {
    fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> BTreeSet<T> {
        let mut s = BTreeSet::new();
        while let Some(x) = iter.next() {
            s.insert(x);
        }
        s
    }
}
impl<T: Ord> Extend<T> for BTreeSet<T> {
    fn extend<I: Iterator<Item = T>>(&mut self, mut iter: I) {
        while let Some(x) = iter.next() {
            self.insert(x);
        }
    }
}
impl<'a, T: 'a + Ord + Copy> Extend<&'a T> for BTreeSet<T> {
    fn extend<I: Iterator<Item = &'a T>>(&mut self, mut iter: I) {
        while let Some(x) = iter.next() {
            self.insert(*x);
        }
    }
}
impl<T: Ord> Default for BTreeSet<T> {
    fn default() -> BTreeSet<T> {
        BTreeSet::new()
    }
}

// std's set operators on references (`&a - &b`, `&a | &b`, `&a & &b`, `&a ^ &b`): new sets of
// cloned elements, already in order.
impl<T: Ord + Clone> BTreeSet<T> {
    fn __cloned_set(items: Vec<&T>) -> BTreeSet<T> {
        let mut out = Vec::new();
        for x in items {
            out.push(x.clone());
        }
        BTreeSet { items: out }
    }
}
impl<'a, T: Ord + Clone> Sub<&'a BTreeSet<T>> for &'a BTreeSet<T> {
    type Output = BTreeSet<T>;
    fn sub(self, rhs: &BTreeSet<T>) -> BTreeSet<T> {
        BTreeSet::__cloned_set(self.__difference(rhs))
    }
}
impl<'a, T: Ord + Clone> BitOr<&'a BTreeSet<T>> for &'a BTreeSet<T> {
    type Output = BTreeSet<T>;
    fn bitor(self, rhs: &BTreeSet<T>) -> BTreeSet<T> {
        BTreeSet::__cloned_set(self.__union(rhs))
    }
}
impl<'a, T: Ord + Clone> BitAnd<&'a BTreeSet<T>> for &'a BTreeSet<T> {
    type Output = BTreeSet<T>;
    fn bitand(self, rhs: &BTreeSet<T>) -> BTreeSet<T> {
        BTreeSet::__cloned_set(self.__intersection(rhs))
    }
}
impl<'a, T: Ord + Clone> BitXor<&'a BTreeSet<T>> for &'a BTreeSet<T> {
    type Output = BTreeSet<T>;
    fn bitxor(self, rhs: &BTreeSet<T>) -> BTreeSet<T> {
        BTreeSet::__cloned_set(self.__symmetric_difference(rhs))
    }
}

// `BTreeSet::from([1, 2])`: the checker passes the array's elements as a Vec (std: `From<[T; N]>`).
impl<T: Ord> BTreeSet<T> {
    pub fn __from_array(v: Vec<T>) -> BTreeSet<T> {
        let mut out = BTreeSet::new();
        for x in v {
            out.insert(x);
        }
        out
    }
}
