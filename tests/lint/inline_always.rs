// `clippy::inline_always`: fires, does not fire, and is suppressed by `#[allow]`.
// rustg-flags: -W clippy::inline_always

pub mod fires {
    #[inline(always)]
    pub fn f() -> i32 {
        1
    }
}

pub mod clean {
    #[inline]
    pub fn f() -> i32 {
        1
    }
}

#[allow(clippy::inline_always)]
pub mod suppressed {
    #[inline(always)]
    pub fn f() -> i32 {
        1
    }
}
