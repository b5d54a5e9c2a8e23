// std::collections written in Rust over Vec. HashMap is a real hash table: dense key/value/hash
// vectors (in insertion order until a removal swaps the last entry into the hole) and an
// open-addressing index of slots (0: empty, d + 1: dense index d), linear probing, backward-shift
// deletion, load factor 3/4. Keys hash with `__rustg_hash` (structural, like derive(Hash); see
// codegen/collections.inc). BTreeMap/BTreeSet are sorted vectors searched by binary search (O(n)
// insertion, the observable order is std's); VecDeque is a ring buffer; BinaryHeap follows std's
// sift algorithms so its Debug order is std's.
// Until iterators are values, keys()/values()/iter() return a Vec of references.

use std::fmt;

// ---------------------------------------------------------------------------------------------
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
        if self.slots.len() == 0 {
            return None;
        }
        let mut i = self.find_slot(__rustg_hash(key), key);
        let s = self.slots[i];
        if s == 0 {
            return None;
        }
        let d = s - 1;
        // Backward-shift deletion: later entries of the probe run move into the hole when it
        // lies on their path, so every lookup still finds its key without tombstones.
        let mask = self.slots.len() - 1;
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
        // The last dense entry moves into d: its slot is renumbered.
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
        Some((k, v))
    }
    pub fn entry(&mut self, key: K) -> Entry<K, V> {
        Entry { map: self, key: key }
    }
    pub fn keys(&self) -> Vec<&K> {
        let mut out = Vec::new();
        for k in &self.keys {
            out.push(k);
        }
        out
    }
    pub fn values(&self) -> Vec<&V> {
        let mut out = Vec::new();
        for v in &self.vals {
            out.push(v);
        }
        out
    }
    pub fn values_mut(&mut self) -> Vec<&mut V> {
        let mut out = Vec::new();
        for v in &mut self.vals {
            out.push(v);
        }
        out
    }
    pub fn iter(&self) -> Vec<(&K, &V)> {
        let mut out = Vec::new();
        let mut d = 0;
        while d < self.keys.len() {
            out.push((&self.keys[d], &self.vals[d]));
            d += 1;
        }
        out
    }
    pub fn iter_mut(&mut self) -> Vec<(&K, &mut V)> {
        let mut out = Vec::new();
        let mut d = 0;
        while d < self.keys.len() {
            out.push((&self.keys[d], &mut self.vals[d]));
            d += 1;
        }
        out
    }
    // `for` over `&map`, `&mut map` and `map` (see check/deref_checker.inc ForItems).
    pub fn __rustg_for(&self) -> Vec<(&K, &V)> {
        self.iter()
    }
    pub fn __rustg_for_mut(&mut self) -> Vec<(&K, &mut V)> {
        self.iter_mut()
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

// ---------------------------------------------------------------------------------------------
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
    pub fn iter(&self) -> Vec<&T> {
        self.map.keys()
    }
    pub fn __rustg_for(&self) -> Vec<&T> {
        self.map.keys()
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

// ---------------------------------------------------------------------------------------------
// BTreeMap: keys kept sorted in a Vec (binary search; insertion and removal move the tail).

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
    pub fn keys(&self) -> Vec<&K> {
        let mut out = Vec::new();
        for k in &self.keys {
            out.push(k);
        }
        out
    }
    pub fn values(&self) -> Vec<&V> {
        let mut out = Vec::new();
        for v in &self.vals {
            out.push(v);
        }
        out
    }
    pub fn iter(&self) -> Vec<(&K, &V)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.keys.len() {
            out.push((&self.keys[i], &self.vals[i]));
            i += 1;
        }
        out
    }
    pub fn iter_mut(&mut self) -> Vec<(&K, &mut V)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.keys.len() {
            out.push((&self.keys[i], &mut self.vals[i]));
            i += 1;
        }
        out
    }
    pub fn __rustg_for(&self) -> Vec<(&K, &V)> {
        self.iter()
    }
    pub fn __rustg_for_mut(&mut self) -> Vec<(&K, &mut V)> {
        self.iter_mut()
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

// ---------------------------------------------------------------------------------------------
// BTreeSet: a sorted Vec.

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
    pub fn iter(&self) -> Vec<&T> {
        let mut out = Vec::new();
        for x in &self.items {
            out.push(x);
        }
        out
    }
    pub fn __rustg_for(&self) -> Vec<&T> {
        self.iter()
    }
    pub fn __rustg_into_vec(self) -> Vec<T> {
        self.items
    }
}

impl<T: fmt::Debug> fmt::Debug for BTreeSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
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

// ---------------------------------------------------------------------------------------------
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
    pub fn from(v: Vec<T>) -> VecDeque<T> {
        let mut d = VecDeque { buf: Vec::new(), head: 0, len: 0 };
        for x in v {
            d.push_back(x);
        }
        d
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
    pub fn iter(&self) -> Vec<&T> {
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
        self.iter()
    }
    pub fn __rustg_into_vec(self) -> Vec<T> {
        let mut d = self;
        let mut out = Vec::new();
        while let Some(x) = d.pop_front() {
            out.push(x);
        }
        out
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

// ---------------------------------------------------------------------------------------------
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
    pub fn from(data: Vec<T>) -> BinaryHeap<T> {
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
        write!(f, "{:?}", self.data)
    }
}
