// std::collections::HashMap (re-exported by collections.rs); see collections.rs for the design.

use std::fmt;

// HashMap

pub struct HashMap<K, V> {
    keys: Vec<K>,
    vals: Vec<V>,
    hashes: Vec<u64>,
    slots: Vec<usize>,
}

impl<K: Hash + Eq, V> HashMap<K, V> {
    pub fn new() -> HashMap<K, V> {
        HashMap { keys: Vec::new(), vals: Vec::new(), hashes: Vec::new(), slots: Vec::new() }
    }
    pub fn with_capacity(capacity: usize) -> HashMap<K, V> {
        let mut m = HashMap { keys: Vec::new(), vals: Vec::new(), hashes: Vec::new(), slots: Vec::new() };
        while m.slots.len() * 3 < capacity * 4 {
            m.grow();
        }
        m
    }
    pub fn len(&self) -> usize {
        self.keys.len()
    }
    pub fn is_empty(&self) -> bool {
        self.keys.len() == 0
    }
    pub fn capacity(&self) -> usize {
        self.slots.len() / 4 * 3
    }
    pub fn clear(&mut self) {
        self.keys.clear();
        self.vals.clear();
        self.hashes.clear();
        self.slots.clear();
    }
    // The slot holding `key`, or the empty slot where it would go (the table is not empty).
    fn find_slot(&self, hash: u64, key: &K) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (hash as usize) & mask;
        loop {
            let s = self.slots[i];
            if s == 0 {
                return i;
            }
            if self.hashes[s - 1] == hash && self.keys[s - 1] == *key {
                return i;
            }
            i = (i + 1) & mask;
        }
    }
    fn index_of(&self, key: &K) -> Option<usize> {
        if self.slots.len() == 0 {
            return None;
        }
        let s = self.slots[self.find_slot(__rustg_hash(key), key)];
        if s == 0 {
            None
        } else {
            Some(s - 1)
        }
    }
    fn grow(&mut self) {
        let n = if self.slots.len() == 0 { 8 } else { self.slots.len() * 2 };
        let mut slots: Vec<usize> = Vec::new();
        while slots.len() < n {
            slots.push(0);
        }
        let mask = n - 1;
        let mut d = 0;
        while d < self.hashes.len() {
            let mut i = (self.hashes[d] as usize) & mask;
            while slots[i] != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = d + 1;
            d += 1;
        }
        self.slots = slots;
    }
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        if (self.keys.len() + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let h = __rustg_hash(&key);
        let i = self.find_slot(h, &key);
        let s = self.slots[i];
        if s != 0 {
            return Some(std::mem::replace(&mut self.vals[s - 1], value));
        }
        self.keys.push(key);
        self.vals.push(value);
        self.hashes.push(h);
        self.slots[i] = self.keys.len();
        None
    }
    pub fn get(&self, key: &K) -> Option<&V> {
        match self.index_of(key) {
            Some(d) => Some(&self.vals[d]),
            None => None,
        }
    }
    pub fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        match self.index_of(key) {
            Some(d) => Some(&mut self.vals[d]),
            None => None,
        }
    }
    pub fn get_key_value(&self, key: &K) -> Option<(&K, &V)> {
        match self.index_of(key) {
            Some(d) => Some((&self.keys[d], &self.vals[d])),
            None => None,
        }
    }
    pub fn contains_key(&self, key: &K) -> bool {
        match self.index_of(key) {
            Some(_) => true,
            None => false,
        }
    }
    pub fn remove(&mut self, key: &K) -> Option<V> {
        match self.remove_entry(key) {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
    pub fn remove_entry(&mut self, key: &K) -> Option<(K, V)> {
        match self.index_of(key) {
            Some(d) => Some(self.remove_dense(d)),
            None => None,
        }
    }
    // Removes the entry at dense index d. Backward-shift deletion: later entries of the probe
    // run move into the hole when it lies on their path, so every lookup still finds its key
    // without tombstones; then the last dense entry moves into d and its slot is renumbered.
    fn remove_dense(&mut self, d: usize) -> (K, V) {
        let mask = self.slots.len() - 1;
        let mut i = (self.hashes[d] as usize) & mask;
        while self.slots[i] != d + 1 {
            i = (i + 1) & mask;
        }
        self.slots[i] = 0;
        let mut j = (i + 1) & mask;
        while self.slots[j] != 0 {
            let home = (self.hashes[self.slots[j] - 1] as usize) & mask;
            if (i.wrapping_sub(home) & mask) < (j.wrapping_sub(home) & mask) {
                self.slots[i] = self.slots[j];
                self.slots[j] = 0;
                i = j;
            }
            j = (j + 1) & mask;
        }
        let last = self.keys.len() - 1;
        if d != last {
            let mut k = (self.hashes[last] as usize) & mask;
            while self.slots[k] != last + 1 {
                k = (k + 1) & mask;
            }
            self.slots[k] = d + 1;
        }
        let k = self.keys.swap_remove(d);
        let v = self.vals.swap_remove(d);
        self.hashes.swap_remove(d);
        (k, v)
    }
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F) {
        let mut f = f;
        let mut d = self.keys.len();
        while d > 0 {
            d -= 1;
            if !f(&self.keys[d], &mut self.vals[d]) {
                self.remove_dense(d);
            }
        }
    }
    pub fn entry(&mut self, key: K) -> Entry<K, V> {
        Entry { map: self, key: key }
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
    // `for` over `&map`, `&mut map` and `map` (see check/std_checker.inc ForItems).
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

// The entry `HashMap::entry` returns: the map and the key, looked up when the entry is used.
pub struct Entry<'a, K, V> {
    map: &'a mut HashMap<K, V>,
    key: K,
}

impl<'a, K: Hash + Eq, V> Entry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }
    pub fn or_insert(self, default: V) -> &'a mut V {
        let Entry { map, key } = self;
        let d = match map.index_of(&key) {
            Some(d) => d,
            None => {
                map.insert(key, default);
                map.keys.len() - 1
            }
        };
        &mut map.vals[d]
    }
    pub fn or_insert_with<F: FnOnce() -> V>(self, f: F) -> &'a mut V {
        let Entry { map, key } = self;
        let d = match map.index_of(&key) {
            Some(d) => d,
            None => {
                map.insert(key, f());
                map.keys.len() - 1
            }
        };
        &mut map.vals[d]
    }
    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        let Entry { map, key } = self;
        let d = match map.index_of(&key) {
            Some(d) => d,
            None => {
                map.insert(key, V::default());
                map.keys.len() - 1
            }
        };
        &mut map.vals[d]
    }
    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V> {
        let Entry { map, key } = self;
        match map.index_of(&key) {
            Some(d) => f(&mut map.vals[d]),
            None => {}
        }
        Entry { map: map, key: key }
    }
}

impl<K: Hash + Eq, V> Index<&K> for HashMap<K, V> {
    type Output = V;
    fn index(&self, key: &K) -> &V {
        match self.index_of(key) {
            Some(d) => &self.vals[d],
            None => panic!("key not found"),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for HashMap<K, V> {
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
        let mut d = 0;
        while d < self.keys.len() {
            if d > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{:?}: {:?}", self.keys[d], self.vals[d])?;
            d += 1;
        }
        write!(f, "}}")
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for HashMap<K, V> {
    fn from_iter<I: Iterator<Item = (K, V)>>(mut iter: I) -> HashMap<K, V> {
        let mut m = HashMap::new();
        while let Some((k, v)) = iter.next() {
            m.insert(k, v);
        }
        m
    }
}
impl<K: Hash + Eq, V> Extend<(K, V)> for HashMap<K, V> {
    fn extend<I: Iterator<Item = (K, V)>>(&mut self, mut iter: I) {
        while let Some((k, v)) = iter.next() {
            self.insert(k, v);
        }
    }
}
impl<K: Hash + Eq, V> Default for HashMap<K, V> {
    fn default() -> HashMap<K, V> {
        HashMap::new()
    }
}

// `HashMap::from([(k, v), ..])`: the checker passes the array's elements as a Vec (std: `From<[(K, V); N]>`).
impl<K: Hash + Eq, V> HashMap<K, V> {
    pub fn __from_array(v: Vec<(K, V)>) -> HashMap<K, V> {
        let mut out = HashMap::new();
        for (k, x) in v {
            out.insert(k, x);
        }
        out
    }
}
