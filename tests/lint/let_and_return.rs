// `clippy::let_and_return`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() -> i32 {
        let y = 5;
        y
    }
}

pub mod clean {
    pub fn f() -> i32 {
        let y = 5;
        y + 1
    }
}

#[allow(clippy::let_and_return)]
pub mod suppressed {
    pub fn f() -> i32 {
        let y = 5;
        y
    }
}
