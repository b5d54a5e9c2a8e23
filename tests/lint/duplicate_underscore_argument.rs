// `clippy::duplicate_underscore_argument`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(a: i32, _a: i32) -> i32 {
        a
    }
}

pub mod clean {
    pub fn f(a: i32, _b: i32) -> i32 {
        a
    }
}

#[allow(clippy::duplicate_underscore_argument)]
pub mod suppressed {
    pub fn f(a: i32, _a: i32) -> i32 {
        a
    }
}
