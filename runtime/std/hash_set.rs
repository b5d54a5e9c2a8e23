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
