// std::collections::HashSet (re-exported by collections.rs); see collections.rs for the design.

use std::fmt;
use super::hash_map::HashMap;

// HashSet: a HashMap with unit values.

pub struct HashSet<T> {
    map: HashMap<T, ()>,
}

impl<T: Hash + Eq> HashSet<T> {
    pub fn new() -> HashSet<T> {
        HashSet { map: HashMap::new() }
    }
    pub fn with_capacity(capacity: usize) -> HashSet<T> {
        HashSet { map: HashMap::with_capacity(capacity) }
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.len() == 0
    }
    pub fn clear(&mut self) {
        self.map.clear();
    }
    pub fn insert(&mut self, value: T) -> bool {
        if self.map.contains_key(&value) {
            return false;
        }
        self.map.insert(value, ());
        true
    }
    pub fn contains(&self, value: &T) -> bool {
        self.map.contains_key(value)
    }
    pub fn remove(&mut self, value: &T) -> bool {
        match self.map.remove_entry(value) {
            Some(_) => true,
            None => false,
        }
    }
    pub fn get(&self, value: &T) -> Option<&T> {
        match self.map.index_of(value) {
            Some(d) => Some(&self.map.keys[d]),
            None => None,
        }
    }
    pub fn iter(&self) -> Iter<'_, T> {
        self.map.keys.iter()
    }
    pub fn into_iter(self) -> IntoIter<T> {
        self.__rustg_into_vec().into_iter()
    }
    pub fn is_subset(&self, other: &HashSet<T>) -> bool {
        let mut d = 0;
        while d < self.map.keys.len() {
            if !other.map.contains_key(&self.map.keys[d]) {
                return false;
            }
            d += 1;
        }
        true
    }
    pub fn is_superset(&self, other: &HashSet<T>) -> bool {
        other.is_subset(self)
    }
    pub fn is_disjoint(&self, other: &HashSet<T>) -> bool {
        let mut d = 0;
        while d < self.map.keys.len() {
            if other.map.contains_key(&self.map.keys[d]) {
                return false;
            }
            d += 1;
        }
        true
    }
    // The set operations collect their items first (std's iterators are lazy; the items are the same).
    pub fn intersection<'a>(&'a self, other: &'a HashSet<T>) -> IntoIter<&'a T> {
        self.__intersection(other).into_iter()
    }
    fn __intersection<'a>(&'a self, other: &'a HashSet<T>) -> Vec<&'a T> {
        let mut out = Vec::new();
        let mut d = 0;
        while d < self.map.keys.len() {
            if other.map.contains_key(&self.map.keys[d]) {
                out.push(&self.map.keys[d]);
            }
            d += 1;
        }
        out
    }
    pub fn difference<'a>(&'a self, other: &'a HashSet<T>) -> IntoIter<&'a T> {
        self.__difference(other).into_iter()
    }
    fn __difference<'a>(&'a self, other: &'a HashSet<T>) -> Vec<&'a T> {
        let mut out = Vec::new();
        let mut d = 0;
        while d < self.map.keys.len() {
            if !other.map.contains_key(&self.map.keys[d]) {
                out.push(&self.map.keys[d]);
            }
            d += 1;
        }
        out
    }
    pub fn union<'a>(&'a self, other: &'a HashSet<T>) -> IntoIter<&'a T> {
        self.__union(other).into_iter()
    }
    fn __union<'a>(&'a self, other: &'a HashSet<T>) -> Vec<&'a T> {
        let mut out = self.__rustg_for();
        let mut d = 0;
        while d < other.map.keys.len() {
            if !self.map.contains_key(&other.map.keys[d]) {
                out.push(&other.map.keys[d]);
            }
            d += 1;
        }
        out
    }
    pub fn symmetric_difference<'a>(&'a self, other: &'a HashSet<T>) -> IntoIter<&'a T> {
        self.__symmetric_difference(other).into_iter()
    }
    fn __symmetric_difference<'a>(&'a self, other: &'a HashSet<T>) -> Vec<&'a T> {
        let mut out = self.__difference(other);
        let mut d = 0;
        while d < other.map.keys.len() {
            if !self.map.contains_key(&other.map.keys[d]) {
                out.push(&other.map.keys[d]);
            }
            d += 1;
        }
        out
    }
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F) {
        let mut f = f;
        let mut d = self.map.keys.len();
        while d > 0 {
            d -= 1;
            if !f(&self.map.keys[d]) {
                self.map.remove_dense(d);
            }
        }
    }
    pub fn __rustg_for(&self) -> Vec<&T> {
        let mut out = Vec::new();
        for k in &self.map.keys {
            out.push(k);
        }
        out
    }
    pub fn __rustg_into_vec(self) -> Vec<T> {
        let mut s = self;
        let mut out = Vec::new();
        while let Some(k) = s.map.keys.pop() {
            out.push(k);
        }
        out.reverse();
        out
    }
}

impl<T: fmt::Debug> fmt::Debug for HashSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            // std's pretty form: one entry a line, nested output indented four spaces.
            if self.map.keys.len() == 0 {
                return write!(f, "{{}}");
            }
            write!(f, "{{\n")?;
            let mut p = 0;
            while p < self.map.keys.len() {
                let e = format!("{:#?}", self.map.keys[p]);
                write!(f, "    {},\n", e.replace("\n", "\n    "))?;
                p += 1;
            }
            return write!(f, "}}");
        }
        write!(f, "{{")?;
        let mut d = 0;
        while d < self.map.keys.len() {
            if d > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{:?}", self.map.keys[d])?;
            d += 1;
        }
        write!(f, "}}")
    }
}

impl<T: Hash + Eq> FromIterator<T> for HashSet<T> {
    fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> HashSet<T> {
        let mut s = HashSet::new();
        while let Some(x) = iter.next() {
            s.insert(x);
        }
        s
    }
}
impl<T: Hash + Eq> Extend<T> for HashSet<T> {
    fn extend<I: Iterator<Item = T>>(&mut self, mut iter: I) {
        while let Some(x) = iter.next() {
            self.insert(x);
        }
    }
}
impl<'a, T: 'a + Hash + Eq + Copy> Extend<&'a T> for HashSet<T> {
    fn extend<I: Iterator<Item = &'a T>>(&mut self, mut iter: I) {
        while let Some(x) = iter.next() {
            self.insert(*x);
        }
    }
}
impl<T: Hash + Eq> Default for HashSet<T> {
    fn default() -> HashSet<T> {
        HashSet::new()
    }
}

// std's set operators on references (`&a - &b`, `&a | &b`, `&a & &b`, `&a ^ &b`): new sets of
// cloned elements.
impl<T: Hash + Eq + Clone> HashSet<T> {
    fn __cloned_set(items: Vec<&T>) -> HashSet<T> {
        let mut out = HashSet::new();
        for x in items {
            out.insert(x.clone());
        }
        out
    }
}
impl<'a, T: Hash + Eq + Clone> Sub<&'a HashSet<T>> for &'a HashSet<T> {
    type Output = HashSet<T>;
    fn sub(self, rhs: &HashSet<T>) -> HashSet<T> {
        HashSet::__cloned_set(self.__difference(rhs))
    }
}
impl<'a, T: Hash + Eq + Clone> BitOr<&'a HashSet<T>> for &'a HashSet<T> {
    type Output = HashSet<T>;
    fn bitor(self, rhs: &HashSet<T>) -> HashSet<T> {
        HashSet::__cloned_set(self.__union(rhs))
    }
}
impl<'a, T: Hash + Eq + Clone> BitAnd<&'a HashSet<T>> for &'a HashSet<T> {
    type Output = HashSet<T>;
    fn bitand(self, rhs: &HashSet<T>) -> HashSet<T> {
        HashSet::__cloned_set(self.__intersection(rhs))
    }
}
impl<'a, T: Hash + Eq + Clone> BitXor<&'a HashSet<T>> for &'a HashSet<T> {
    type Output = HashSet<T>;
    fn bitxor(self, rhs: &HashSet<T>) -> HashSet<T> {
        HashSet::__cloned_set(self.__symmetric_difference(rhs))
    }
}

// `HashSet::from([1, 2])`: the checker passes the array's elements as a Vec (std: `From<[T; N]>`).
impl<T: Hash + Eq> HashSet<T> {
    pub fn __from_array(v: Vec<T>) -> HashSet<T> {
        let mut out = HashSet::new();
        for x in v {
            out.insert(x);
        }
        out
    }
}
