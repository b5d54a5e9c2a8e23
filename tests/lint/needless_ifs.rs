// `clippy::needless_ifs`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(a: bool, v: Vec<i32>) {
        if a {}
        if v.is_empty() {}
    }
}

pub mod clean {
    pub fn f(a: bool) {
        if a {
            println!("a");
        }
    }
}

#[allow(clippy::needless_ifs)]
pub mod suppressed {
    pub fn f(a: bool, v: Vec<i32>) {
        if a {}
        if v.is_empty() {}
    }
}
