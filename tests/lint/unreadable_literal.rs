// `clippy::unreadable_literal`: fires, does not fire, and is suppressed by `#[allow]`.
// rustg-flags: -W clippy::unreadable_literal

pub mod fires {
    pub fn f() -> (i64, f64) {
        (1234567, 1234567.5)
    }

    pub fn g() -> (u32, f64, u64) {
        (0xDEADBEE, 1.234567890e-15_f64, 0b1010101010)
    }

    // Literals passed to macros are linted too (clippy sees them after expansion).
    pub fn in_macro(x: u64) {
        assert_eq!(x, 11111111);
    }
}

pub mod clean {
    pub fn f() -> (i64, i32) {
        (1_234_567, 12345)
    }
}

#[allow(clippy::unreadable_literal)]
pub mod suppressed {
    pub fn f() -> (i64, f64) {
        (1234567, 1234567.5)
    }

    pub fn g() -> (u32, f64, u64) {
        (0xDEADBEE, 1.234567890e-15_f64, 0b1010101010)
    }
}

// An underscore before the suffix is not a digit: five digits stay readable.
pub const FIVE_DIGITS: usize = 10000_usize;
