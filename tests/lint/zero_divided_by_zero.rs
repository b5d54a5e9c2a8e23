// `clippy::zero_divided_by_zero`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() -> f64 {
        0.0 / 0.0
    }
}

pub mod clean {
    pub fn f() -> f64 {
        1.0 / 0.0
    }
}

#[allow(clippy::zero_divided_by_zero)]
pub mod suppressed {
    pub fn f() -> f64 {
        0.0 / 0.0
    }
}
