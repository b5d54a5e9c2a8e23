// std::collections::BTreeMap (re-exported by collections.rs); see collections.rs for the design.

use std::fmt;

// BTreeMap: keys kept sorted in a Vec (binary search; insertion and removal move the tail).

// Field-wise clone and equality are std's: the entries are kept sorted.
#[derive(Clone, PartialEq)]
pub struct BTreeMap<K, V> {
    keys: Vec<K>,
    vals: Vec<V>,
}

impl<K: Ord, V> BTreeMap<K, V> {
    pub fn new() -> BTreeMap<K, V> {
        BTreeMap { keys: Vec::new(), vals: Vec::new() }
    }
    pub fn len(&self) -> usize {
        self.keys.len()
    }
    pub fn is_empty(&self) -> bool {
        self.keys.len() == 0
    }
    pub fn clear(&mut self) {
        self.keys.clear();
        self.vals.clear();
    }
    // Ok(position of key) or Err(where it would be inserted).
    fn search(&self, key: &K) -> Result<usize, usize> {
        let mut lo = 0;
        let mut hi = self.keys.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.keys[mid] < *key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo < self.keys.len() && self.keys[lo] == *key {
            Ok(lo)
        } else {
            Err(lo)
        }
    }
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.search(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.vals[i], value)),
            Err(i) => {
                self.keys.insert(i, key);
                self.vals.insert(i, value);
                None
            }
        }
    }
    pub fn get(&self, key: &K) -> Option<&V> {
        match self.search(key) {
            Ok(i) => Some(&self.vals[i]),
            Err(_) => None,
        }
    }
    pub fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        match self.search(key) {
            Ok(i) => Some(&mut self.vals[i]),
            Err(_) => None,
        }
    }
    pub fn contains_key(&self, key: &K) -> bool {
        match self.search(key) {
            Ok(_) => true,
            Err(_) => false,
        }
    }
    pub fn remove(&mut self, key: &K) -> Option<V> {
        match self.search(key) {
            Ok(i) => {
                self.keys.remove(i);
                Some(self.vals.remove(i))
            }
            Err(_) => None,
        }
    }
    pub fn first_key_value(&self) -> Option<(&K, &V)> {
        if self.keys.len() == 0 {
            return None;
        }
        Some((&self.keys[0], &self.vals[0]))
    }
    pub fn last_key_value(&self) -> Option<(&K, &V)> {
        let n = self.keys.len();
        if n == 0 {
            return None;
        }
        Some((&self.keys[n - 1], &self.vals[n - 1]))
    }
    pub fn pop_first(&mut self) -> Option<(K, V)> {
        if self.keys.len() == 0 {
            return None;
        }
        let k = self.keys.remove(0);
        let v = self.vals.remove(0);
        Some((k, v))
    }
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        match self.keys.pop() {
            Some(k) => match self.vals.pop() {
                Some(v) => Some((k, v)),
                None => None,
            },
            None => None,
        }
    }
    pub fn entry(&mut self, key: K) -> BTreeEntry<K, V> {
        BTreeEntry { map: self, key: key }
    }
    pub fn keys(&self) -> Iter<'_, K> {
        self.keys.iter()
    }
    pub fn values(&self) -> Iter<'_, V> {
        self.vals.iter()
    }
    pub fn values_mut(&mut self) -> IterMut<'_, V> {
        self.vals.iter_mut()
    }
    pub fn iter(&self) -> Zip<Iter<'_, K>, Iter<'_, V>> {
        self.keys.iter().zip(self.vals.iter())
    }
    pub fn iter_mut(&mut self) -> Zip<Iter<'_, K>, IterMut<'_, V>> {
        self.keys.iter().zip(self.vals.iter_mut())
    }
    pub fn into_iter(self) -> IntoIter<(K, V)> {
        self.__rustg_into_vec().into_iter()
    }
    pub fn into_keys(self) -> IntoIter<K> {
        self.keys.into_iter()
    }
    pub fn into_values(self) -> IntoIter<V> {
        self.vals.into_iter()
    }
    pub fn split_off(&mut self, key: &K) -> BTreeMap<K, V> {
        let i = match self.search(key) {
            Ok(i) => i,
            Err(i) => i,
        };
        BTreeMap { keys: self.keys.split_off(i), vals: self.vals.split_off(i) }
    }
    // `m.range(a..b)` and the other range forms: the entries whose keys lie inside, in order.
    pub fn range<R: __KeyRange<K>>(&self, r: R) -> Zip<Iter<'_, K>, Iter<'_, V>> {
        let mut lo = 0;
        while lo < self.keys.len() && r.__below(&self.keys[lo]) {
            lo += 1;
        }
        let mut hi = lo;
        while hi < self.keys.len() && !r.__above(&self.keys[hi]) {
            hi += 1;
        }
        self.keys[lo..hi].iter().zip(self.vals[lo..hi].iter())
    }
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F) {
        let mut f = f;
        let mut i = self.keys.len();
        while i > 0 {
            i -= 1;
            if !f(&self.keys[i], &mut self.vals[i]) {
                self.keys.remove(i);
                self.vals.remove(i);
            }
        }
    }
    pub fn __rustg_for(&self) -> Vec<(&K, &V)> {
        let mut out = Vec::new();
        let mut d = 0;
        while d < self.keys.len() {
            out.push((&self.keys[d], &self.vals[d]));
            d += 1;
        }
        out
    }
    pub fn __rustg_for_mut(&mut self) -> Vec<(&K, &mut V)> {
        let mut out = Vec::new();
        let mut d = 0;
        while d < self.keys.len() {
            out.push((&self.keys[d], &mut self.vals[d]));
            d += 1;
        }
        out
    }
    pub fn __rustg_into_vec(self) -> Vec<(K, V)> {
        let mut m = self;
        let mut out = Vec::new();
        while let Some(k) = m.keys.pop() {
            match m.vals.pop() {
                Some(v) => out.push((k, v)),
                None => {}
            }
        }
        out.reverse();
        out
    }
}

// The entry `BTreeMap::entry` returns (std's btree_map::Entry).
pub struct BTreeEntry<'a, K, V> {
    map: &'a mut BTreeMap<K, V>,
    key: K,
}

impl<'a, K: Ord, V> BTreeEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }
    pub fn or_insert(self, default: V) -> &'a mut V {
        let BTreeEntry { map, key } = self;
        let i = match map.search(&key) {
            Ok(i) => i,
            Err(i) => {
                map.keys.insert(i, key);
                map.vals.insert(i, default);
                i
            }
        };
        &mut map.vals[i]
    }
    pub fn or_insert_with<F: FnOnce() -> V>(self, f: F) -> &'a mut V {
        let BTreeEntry { map, key } = self;
        let i = match map.search(&key) {
            Ok(i) => i,
            Err(i) => {
                map.keys.insert(i, key);
                map.vals.insert(i, f());
                i
            }
        };
        &mut map.vals[i]
    }
    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        let BTreeEntry { map, key } = self;
        let i = match map.search(&key) {
            Ok(i) => i,
            Err(i) => {
                map.keys.insert(i, key);
                map.vals.insert(i, V::default());
                i
            }
        };
        &mut map.vals[i]
    }
    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> BTreeEntry<'a, K, V> {
        let BTreeEntry { map, key } = self;
        match map.search(&key) {
            Ok(i) => f(&mut map.vals[i]),
            Err(_) => {}
        }
        BTreeEntry { map: map, key: key }
    }
}

impl<K: Ord, V> Index<&K> for BTreeMap<K, V> {
    type Output = V;
    fn index(&self, key: &K) -> &V {
        match self.search(key) {
            Ok(i) => &self.vals[i],
            Err(_) => panic!("key not found"),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for BTreeMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            // std's pretty form: one entry a line, nested output indented four spaces.
            if self.keys.len() == 0 {
                return write!(f, "{{}}");
            }
            write!(f, "{{\n")?;
            let mut p = 0;
            while p < self.keys.len() {
                let e = format!("{:#?}: {:#?}", self.keys[p], self.vals[p]);
                write!(f, "    {},\n", e.replace("\n", "\n    "))?;
                p += 1;
            }
            return write!(f, "}}");
        }
        write!(f, "{{")?;
        let mut i = 0;
        while i < self.keys.len() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{:?}: {:?}", self.keys[i], self.vals[i])?;
            i += 1;
        }
        write!(f, "}}")
    }
}

// A range of keys (`BTreeMap::range`, `BTreeSet::range`): whether a key lies before its start
// (`__below`) or after its end (`__above`).
pub trait __KeyRange<K> {
    fn __below(&self, k: &K) -> bool;
    fn __above(&self, k: &K) -> bool;
}
impl<K: Ord> __KeyRange<K> for Range<K> {
    fn __below(&self, k: &K) -> bool {
        *k < self.start
    }
    fn __above(&self, k: &K) -> bool {
        *k >= self.end
    }
}
impl<K: Ord> __KeyRange<K> for RangeInclusive<K> {
    fn __below(&self, k: &K) -> bool {
        *k < self.start
    }
    fn __above(&self, k: &K) -> bool {
        *k > self.end
    }
}
impl<K: Ord> __KeyRange<K> for RangeFrom<K> {
    fn __below(&self, k: &K) -> bool {
        *k < self.start
    }
    fn __above(&self, _k: &K) -> bool {
        false
    }
}
impl<K: Ord> __KeyRange<K> for RangeTo<K> {
    fn __below(&self, _k: &K) -> bool {
        false
    }
    fn __above(&self, k: &K) -> bool {
        *k >= self.end
    }
}
impl<K: Ord> __KeyRange<K> for RangeToInclusive<K> {
    fn __below(&self, _k: &K) -> bool {
        false
    }
    fn __above(&self, k: &K) -> bool {
        *k > self.end
    }
}
impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
    fn from_iter<I: Iterator<Item = (K, V)>>(mut iter: I) -> BTreeMap<K, V> {
        let mut m = BTreeMap::new();
        while let Some((k, v)) = iter.next() {
            m.insert(k, v);
        }
        m
    }
}
impl<K: Ord, V> Extend<(K, V)> for BTreeMap<K, V> {
    fn extend<I: Iterator<Item = (K, V)>>(&mut self, mut iter: I) {
        while let Some((k, v)) = iter.next() {
            self.insert(k, v);
        }
    }
}
impl<K: Ord, V> Default for BTreeMap<K, V> {
    fn default() -> BTreeMap<K, V> {
        BTreeMap::new()
    }
}

// `BTreeMap::from([(k, v), ..])`: the checker passes the array's elements as a Vec (std: `From<[(K, V); N]>`).
impl<K: Ord, V> BTreeMap<K, V> {
    pub fn __from_array(v: Vec<(K, V)>) -> BTreeMap<K, V> {
        let mut out = BTreeMap::new();
        for (k, x) in v {
            out.insert(k, x);
        }
        out
    }
}
