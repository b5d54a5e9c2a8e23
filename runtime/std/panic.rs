// std::panic::Location: where a `#[track_caller]` function was called (`Location::caller()`),
// read from the caller location codegen passes such functions (rg_track_loc, codegen/cell.inc).

use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Location<'a> {
    file: &'a str,
    line: u32,
    col: u32,
}

impl<'a> Location<'a> {
    #[track_caller]
    pub fn caller() -> &'static Location<'static> {
        let loc = Location { file: __rustg_caller_file(), line: __rustg_caller_line(), col: __rustg_caller_col() };
        &*__rustg_box_leak(Box::new(loc))
    }
    pub fn file(&self) -> &str {
        self.file
    }
    pub fn line(&self) -> u32 {
        self.line
    }
    pub fn column(&self) -> u32 {
        self.col
    }
}

impl<'a> fmt::Display for Location<'a> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

impl<'a> fmt::Debug for Location<'a> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Location {{ file: {:?}, line: {}, col: {} }}", self.file, self.line, self.col)
    }
}
