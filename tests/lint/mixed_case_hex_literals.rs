// `clippy::mixed_case_hex_literals`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() -> u32 {
        0x1aBc
    }
}

pub mod clean {
    pub fn f() -> (u32, u32) {
        (0x1abc, 0x1ABC)
    }
}

#[allow(clippy::mixed_case_hex_literals)]
pub mod suppressed {
    pub fn f() -> u32 {
        0x1aBc
    }
}
