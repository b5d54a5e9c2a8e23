// `clippy::int_plus_one`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(x: i32, y: i32) -> bool {
        x >= y + 1
    }

    pub fn g(x: i32, y: i32) -> bool {
        x - 1 >= y
    }
}

pub mod clean {
    pub fn f(x: i32, y: i32) -> bool {
        x >= y + 2
    }
}

#[allow(clippy::int_plus_one)]
pub mod suppressed {
    pub fn f(x: i32, y: i32) -> bool {
        x >= y + 1
    }

    pub fn g(x: i32, y: i32) -> bool {
        x - 1 >= y
    }
}
