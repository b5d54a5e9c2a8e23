// `clippy::just_underscores_and_digits`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() -> i32 {
        let _1 = 1;
        let __ = 2;
        _1 + __
    }
}

pub mod clean {
    pub fn f() -> i32 {
        let _a1 = 1;
        _a1
    }
}

#[allow(clippy::just_underscores_and_digits)]
pub mod suppressed {
    pub fn f() -> i32 {
        let _1 = 1;
        let __ = 2;
        _1 + __
    }
}
