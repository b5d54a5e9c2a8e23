// `clippy::inconsistent_digit_grouping`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() -> (i32, f64) {
        (1_23_456, 1_2345.0)
    }
}

pub mod clean {
    pub fn f() -> (i32, i64) {
        (123_456, 12_345_678)
    }
}

#[allow(clippy::inconsistent_digit_grouping)]
pub mod suppressed {
    pub fn f() -> (i32, f64) {
        (1_23_456, 1_2345.0)
    }
}
