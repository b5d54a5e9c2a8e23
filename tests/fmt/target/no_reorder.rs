// rustfmt-reorder_imports: false
use std::io;
use crate::a;
use alloc::vec;
