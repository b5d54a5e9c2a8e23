// `clippy::precedence`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(x: u32) -> u32 {
        1 << 2 + x
    }

    pub fn g(x: u32) -> u32 {
        x * 3 >> 1
    }
}

pub mod clean {
    pub fn f(x: u32) -> u32 {
        (1 << 2) + x
    }
}

#[allow(clippy::precedence)]
pub mod suppressed {
    pub fn f(x: u32) -> u32 {
        1 << 2 + x
    }

    pub fn g(x: u32) -> u32 {
        x * 3 >> 1
    }
}
