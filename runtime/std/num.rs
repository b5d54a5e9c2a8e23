// std::num: the subset's re-exports (ParseIntError and ParseFloatError are checker built-ins).

pub use super::convert::TryFromIntError;
