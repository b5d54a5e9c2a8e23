// std::collections written in Rust over Vec, one file per collection (hash_map.rs, ...), re-exported
// here. HashMap is a real hash table: dense key/value/hash
// vectors (in insertion order until a removal swaps the last entry into the hole) and an
// open-addressing index of slots (0: empty, d + 1: dense index d), linear probing, backward-shift
// deletion, load factor 3/4. Keys hash with `__rustg_hash` (structural, like derive(Hash); see
// codegen/collections.inc). BTreeMap/BTreeSet are sorted vectors searched by binary search (O(n)
// insertion, the observable order is std's); VecDeque is a ring buffer; BinaryHeap follows std's
// sift algorithms so its Debug order is std's.
// Until iterators are values, keys()/values()/iter() return a Vec of references.

pub use super::binary_heap::BinaryHeap;
pub use super::btree_map::BTreeEntry;
pub use super::btree_map::BTreeMap;
pub use super::btree_set::BTreeSet;
pub use super::hash_map::Entry;
pub use super::hash_map::HashMap;
pub use super::hash_set::HashSet;
pub use super::vec_deque::VecDeque;
