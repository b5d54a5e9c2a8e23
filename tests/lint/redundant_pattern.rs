// `clippy::redundant_pattern`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(x: i32) -> i32 {
        match x {
            n @ _ => n,
        }
    }
}

pub mod clean {
    pub fn f(x: i32) -> i32 {
        match x {
            n @ 1..=5 => n,
            _ => 0,
        }
    }
}

#[allow(clippy::redundant_pattern)]
pub mod suppressed {
    pub fn f(x: i32) -> i32 {
        match x {
            n @ _ => n,
        }
    }
}
