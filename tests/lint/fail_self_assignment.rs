// `clippy::self_assignment`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(mut a: i32) -> i32 {
        a = a;
        a
    }
}

pub mod clean {
    pub fn f(mut a: i32, b: i32) -> i32 {
        a = b;
        a
    }
}

#[allow(clippy::self_assignment)]
pub mod suppressed {
    pub fn f(mut a: i32) -> i32 {
        a = a;
        a
    }
}
