// `clippy::needless_bool`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(a: bool) -> bool {
        if a { true } else { false }
    }

    pub fn g(x: i32) -> bool {
        if x == 1 { false } else { true }
    }
}

pub mod clean {
    pub fn f(a: bool) -> i32 {
        if a { 1 } else { 0 }
    }
}

#[allow(clippy::needless_bool)]
pub mod suppressed {
    pub fn f(a: bool) -> bool {
        if a { true } else { false }
    }

    pub fn g(x: i32) -> bool {
        if x == 1 { false } else { true }
    }
}

pub fn else_if_chains(c: bool, d: bool) -> (bool, bool) {
    let a = if c { true } else if d { false } else { true };
    let b = if c { true } else if d { false } else { false };
    (a, b)
}
