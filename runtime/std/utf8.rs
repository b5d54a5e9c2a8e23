// UTF-8 validation of byte strings (core::str::from_utf8, String::from_utf8 and
// from_utf8_lossy) and their errors, as std reports them. The checker maps the std paths to the
// `__`-named fns here (check/std_more_checker.inc).
// rustg-prelude-keys: from_utf8 from_utf8_lossy

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Utf8Error {
    valid_up_to: usize,
    error_len: Option<u8>,
}

impl Utf8Error {
    pub fn valid_up_to(&self) -> usize {
        self.valid_up_to
    }
    pub fn error_len(&self) -> Option<usize> {
        match self.error_len {
            Some(n) => Some(n as usize),
            None => None,
        }
    }
}

impl fmt::Display for Utf8Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.error_len {
            Some(n) => write!(f, "invalid utf-8 sequence of {} bytes from index {}", n, self.valid_up_to),
            None => write!(f, "incomplete utf-8 byte sequence from index {}", self.valid_up_to),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    error: Utf8Error,
}

impl FromUtf8Error {
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[0..self.bytes.len()]
    }
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
    pub fn utf8_error(&self) -> Utf8Error {
        self.error
    }
}

impl fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.error)
    }
}

// The first invalid sequence of v from byte `from` (core's validation: no overlong forms, no
// surrogates, nothing above U+10FFFF), or Ok.
fn __utf8_check(v: &[u8], from: usize) -> Result<(), Utf8Error> {
    let n = v.len();
    let mut i = from;
    while i < n {
        let b = v[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        let width = if b >= 0xC2 && b <= 0xDF {
            2
        } else if b >= 0xE0 && b <= 0xEF {
            3
        } else if b >= 0xF0 && b <= 0xF4 {
            4
        } else {
            return Err(Utf8Error { valid_up_to: i, error_len: Some(1) });
        };
        if i + 1 >= n {
            return Err(Utf8Error { valid_up_to: i, error_len: None });
        }
        let b1 = v[i + 1];
        let (lo, hi) = if b == 0xE0 {
            (0xA0, 0xBF)
        } else if b == 0xED {
            (0x80, 0x9F)
        } else if b == 0xF0 {
            (0x90, 0xBF)
        } else if b == 0xF4 {
            (0x80, 0x8F)
        } else {
            (0x80, 0xBF)
        };
        if b1 < lo || b1 > hi {
            return Err(Utf8Error { valid_up_to: i, error_len: Some(1) });
        }
        let mut k = 2;
        while k < width {
            if i + k >= n {
                return Err(Utf8Error { valid_up_to: i, error_len: None });
            }
            if (v[i + k] & 0xC0) != 0x80 {
                return Err(Utf8Error { valid_up_to: i, error_len: Some(k as u8) });
            }
            k += 1;
        }
        i += width;
    }
    Ok(())
}

pub fn __str_from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
    match __utf8_check(v, 0) {
        Ok(()) => Ok(__rustg_str(v)),
        Err(e) => Err(e),
    }
}

pub fn __string_from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error> {
    match __utf8_check(&vec[0..vec.len()], 0) {
        Ok(()) => Ok(String::from(__rustg_str(&vec[0..vec.len()]))),
        Err(e) => Err(FromUtf8Error { bytes: vec, error: e }),
    }
}

// Each invalid sequence becomes U+FFFD (std returns a Cow; its Display and Deref are the String's).
pub fn __string_from_utf8_lossy(v: &[u8]) -> String {
    let mut out = String::new();
    let mut i = 0;
    let n = v.len();
    while i < n {
        match __utf8_check(v, i) {
            Ok(()) => {
                out.push_str(__rustg_str(&v[i..n]));
                i = n;
            }
            Err(e) => {
                out.push_str(__rustg_str(&v[i..e.valid_up_to]));
                out.push('\u{FFFD}');
                i = match e.error_len {
                    Some(k) => e.valid_up_to + k as usize,
                    None => n,
                };
            }
        }
    }
    out
}
