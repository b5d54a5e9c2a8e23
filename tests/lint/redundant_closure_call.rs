// `clippy::redundant_closure_call`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() -> i32 {
        (|| 42)()
    }
}

pub mod clean {
    pub fn f() -> i32 {
        let c = || 42;
        c()
    }
}

#[allow(clippy::redundant_closure_call)]
pub mod suppressed {
    pub fn f() -> i32 {
        (|| 42)()
    }
}
