// `clippy::too_many_arguments`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8, h: u8) -> u8 {
        a + b + c + d + e + f + g + h
    }
}

pub mod clean {
    pub fn f(a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8) -> u8 {
        a + b + c + d + e + f + g
    }
}

#[allow(clippy::too_many_arguments)]
pub mod suppressed {
    pub fn f(a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8, h: u8) -> u8 {
        a + b + c + d + e + f + g + h
    }
}
