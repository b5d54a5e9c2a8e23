// `clippy::zero_ptr`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() -> (*const u8, *mut i32) {
        (0 as *const u8, 0 as *mut i32)
    }
}

pub mod clean {
    pub fn f() -> *const u8 {
        std::ptr::null()
    }
}

#[allow(clippy::zero_ptr)]
pub mod suppressed {
    pub fn f() -> (*const u8, *mut i32) {
        (0 as *const u8, 0 as *mut i32)
    }
}
