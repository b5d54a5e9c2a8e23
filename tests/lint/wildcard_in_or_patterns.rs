// `clippy::wildcard_in_or_patterns`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(x: i32) -> i32 {
        match x {
            1 => 1,
            2 | _ => 0,
        }
    }
}

pub mod clean {
    pub fn f(x: i32) -> i32 {
        match x {
            1 => 1,
            _ => 0,
        }
    }
}

#[allow(clippy::wildcard_in_or_patterns)]
pub mod suppressed {
    pub fn f(x: i32) -> i32 {
        match x {
            1 => 1,
            2 | _ => 0,
        }
    }
}
