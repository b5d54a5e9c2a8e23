// `clippy::zero_prefixed_literal`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() -> (i32, i32) {
        (0123, 089)
    }
}

pub mod clean {
    pub fn f() -> (i32, i32, f64) {
        (0, 0o123, 0.5)
    }
}

#[allow(clippy::zero_prefixed_literal)]
pub mod suppressed {
    pub fn f() -> (i32, i32) {
        (0123, 089)
    }
}
