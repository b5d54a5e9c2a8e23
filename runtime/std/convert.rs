// std::convert beyond From/Into (checker built-ins, convert_checker.inc): identity, and TryFrom/
// TryInto (TryInto through std's blanket impl over TryFrom). std's integer conversions
// (`u8::try_from(300i32)`, `let b: u8 = x.try_into()?`) are one impl per target over `__Int`, the
// integer types up to 64 bits as a sign and a magnitude; the error is std's TryFromIntError.
// rustg-prelude-keys: identity try_into try_from

use std::fmt;

pub fn identity<T>(x: T) -> T {
    x
}

pub trait TryFrom<T>: Sized {
    type Error;
    fn try_from(value: T) -> Result<Self, Self::Error>;
}

pub trait TryInto<T> {
    type Error;
    fn try_into(self) -> Result<T, Self::Error>;
}

impl<T, U: TryFrom<T>> TryInto<U> for T {
    type Error = U::Error;
    fn try_into(self) -> Result<U, U::Error> {
        U::try_from(self)
    }
}

// std's error of a failed integer conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TryFromIntError(());

impl fmt::Display for TryFromIntError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad("out of range integral type conversion attempted")
    }
}

// An integer type as a sign and a magnitude (every value of up to 64 bits fits).
pub trait __Int: Copy {
    fn __wide(self) -> (bool, u64);
    fn __narrow(neg: bool, mag: u64) -> Option<Self>;
}
fn __wide_signed(x: i64) -> (bool, u64) {
    if x < 0 { (true, (x as u64).wrapping_neg()) } else { (false, x as u64) }
}
// The value of sign and magnitude as i64 when it lies within -(max + 1)..=max.
fn __fits_signed(neg: bool, mag: u64, max: u64) -> bool {
    if neg { mag <= max + 1 } else { mag <= max }
}
fn __signed(neg: bool, mag: u64) -> i64 {
    if neg { mag.wrapping_neg() as i64 } else { mag as i64 }
}
impl __Int for u8 {
    fn __wide(self) -> (bool, u64) { (false, self as u64) }
    fn __narrow(neg: bool, mag: u64) -> Option<u8> { if neg || mag > 255 { None } else { Some(mag as u8) } }
}
impl __Int for u16 {
    fn __wide(self) -> (bool, u64) { (false, self as u64) }
    fn __narrow(neg: bool, mag: u64) -> Option<u16> { if neg || mag > 65535 { None } else { Some(mag as u16) } }
}
impl __Int for u32 {
    fn __wide(self) -> (bool, u64) { (false, self as u64) }
    fn __narrow(neg: bool, mag: u64) -> Option<u32> { if neg || mag > 4294967295 { None } else { Some(mag as u32) } }
}
impl __Int for u64 {
    fn __wide(self) -> (bool, u64) { (false, self) }
    fn __narrow(neg: bool, mag: u64) -> Option<u64> { if neg && mag != 0 { None } else { Some(mag) } }
}
impl __Int for usize {
    fn __wide(self) -> (bool, u64) { (false, self as u64) }
    fn __narrow(neg: bool, mag: u64) -> Option<usize> { if neg && mag != 0 { None } else { Some(mag as usize) } }
}
impl __Int for i8 {
    fn __wide(self) -> (bool, u64) { __wide_signed(self as i64) }
    fn __narrow(neg: bool, mag: u64) -> Option<i8> { if __fits_signed(neg, mag, 127) { Some(__signed(neg, mag) as i8) } else { None } }
}
impl __Int for i16 {
    fn __wide(self) -> (bool, u64) { __wide_signed(self as i64) }
    fn __narrow(neg: bool, mag: u64) -> Option<i16> { if __fits_signed(neg, mag, 32767) { Some(__signed(neg, mag) as i16) } else { None } }
}
impl __Int for i32 {
    fn __wide(self) -> (bool, u64) { __wide_signed(self as i64) }
    fn __narrow(neg: bool, mag: u64) -> Option<i32> { if __fits_signed(neg, mag, 2147483647) { Some(__signed(neg, mag) as i32) } else { None } }
}
impl __Int for i64 {
    fn __wide(self) -> (bool, u64) { __wide_signed(self) }
    fn __narrow(neg: bool, mag: u64) -> Option<i64> { if __fits_signed(neg, mag, 9223372036854775807) { Some(__signed(neg, mag)) } else { None } }
}
impl __Int for isize {
    fn __wide(self) -> (bool, u64) { __wide_signed(self as i64) }
    fn __narrow(neg: bool, mag: u64) -> Option<isize> { if __fits_signed(neg, mag, 9223372036854775807) { Some(__signed(neg, mag) as isize) } else { None } }
}
fn __try_int<T: __Int, U: __Int>(value: T) -> Result<U, TryFromIntError> {
    let (neg, mag) = value.__wide();
    match U::__narrow(neg, mag) {
        Some(x) => Ok(x),
        None => Err(TryFromIntError(())),
    }
}
impl<T: __Int> TryFrom<T> for u8 {
    type Error = TryFromIntError;
    fn try_from(value: T) -> Result<u8, TryFromIntError> { __try_int(value) }
}
impl<T: __Int> TryFrom<T> for u16 {
    type Error = TryFromIntError;
    fn try_from(value: T) -> Result<u16, TryFromIntError> { __try_int(value) }
}
impl<T: __Int> TryFrom<T> for u32 {
    type Error = TryFromIntError;
    fn try_from(value: T) -> Result<u32, TryFromIntError> { __try_int(value) }
}
impl<T: __Int> TryFrom<T> for u64 {
    type Error = TryFromIntError;
    fn try_from(value: T) -> Result<u64, TryFromIntError> { __try_int(value) }
}
impl<T: __Int> TryFrom<T> for usize {
    type Error = TryFromIntError;
    fn try_from(value: T) -> Result<usize, TryFromIntError> { __try_int(value) }
}
impl<T: __Int> TryFrom<T> for i8 {
    type Error = TryFromIntError;
    fn try_from(value: T) -> Result<i8, TryFromIntError> { __try_int(value) }
}
impl<T: __Int> TryFrom<T> for i16 {
    type Error = TryFromIntError;
    fn try_from(value: T) -> Result<i16, TryFromIntError> { __try_int(value) }
}
impl<T: __Int> TryFrom<T> for i32 {
    type Error = TryFromIntError;
    fn try_from(value: T) -> Result<i32, TryFromIntError> { __try_int(value) }
}
impl<T: __Int> TryFrom<T> for i64 {
    type Error = TryFromIntError;
    fn try_from(value: T) -> Result<i64, TryFromIntError> { __try_int(value) }
}
impl<T: __Int> TryFrom<T> for isize {
    type Error = TryFromIntError;
    fn try_from(value: T) -> Result<isize, TryFromIntError> { __try_int(value) }
}
