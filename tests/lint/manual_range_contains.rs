// `clippy::manual_range_contains`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(x: i32) -> bool {
        x >= 1 && x < 10
    }

    pub fn g(x: i32) -> bool {
        x >= 1 && x <= 10
    }

    pub fn h(x: i32) -> bool {
        x < 1 || x > 10
    }
}

pub mod clean {
    pub fn f(x: i32, y: i32) -> bool {
        x >= 1 && y < 10
    }
}

#[allow(clippy::manual_range_contains)]
pub mod suppressed {
    pub fn f(x: i32) -> bool {
        x >= 1 && x < 10
    }

    pub fn g(x: i32) -> bool {
        x >= 1 && x <= 10
    }

    pub fn h(x: i32) -> bool {
        x < 1 || x > 10
    }
}

pub fn is_digit(c: char) -> bool {
    c >= '0' && c <= '9'
}
