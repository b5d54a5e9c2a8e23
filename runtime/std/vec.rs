// std::vec: the subset's re-export of Vec's by-value iterator (Vec itself is a built-in type).

pub use super::iter::IntoIter;
