// `clippy::neg_multiply`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(x: i32, y: i32) -> i32 {
        x * -1 + -1 * (x + y)
    }
}

pub mod clean {
    pub fn f(x: i32) -> i32 {
        x * -2
    }
}

#[allow(clippy::neg_multiply)]
pub mod suppressed {
    pub fn f(x: i32, y: i32) -> i32 {
        x * -1 + -1 * (x + y)
    }
}
