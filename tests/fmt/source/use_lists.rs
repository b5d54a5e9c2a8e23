use itertools::free::{
    cloned,
    enumerate,
    multipeek, peek_nth, put_back, put_back_n, rciter, zip, zip_eq,
};
use itertools::{
    iproduct,
    izip,
    multizip,
    EitherOrBoth,
};
pub use crate::memchr::{
    memchr, memchr2, memchr2_iter, memchr3, memchr3_iter, memchr_iter,
    memrchr, memrchr2, memrchr2_iter, memrchr3, memrchr3_iter, memrchr_iter,
    Memchr, Memchr2, Memchr3,
};
mod a {
    use crate::prog::{EmptyLook, Inst, InstBytes, InstChar, InstEmptyLook, InstPtr, InstRanges, InstSave, InstSplit, Program};
}
use crate::io::{
    self, ErrorKind, IntoInnerError, IoSlice, Seek, SeekFrom, Write, DEFAULT_BUF_SIZE,
};
use std::{a, b,
    c};
