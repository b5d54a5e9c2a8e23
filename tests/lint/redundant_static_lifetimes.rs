// `clippy::redundant_static_lifetimes`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub static S: &'static str = "a";
    pub const C: &'static [u8] = b"abc";
}

pub mod clean {
    pub static S: &str = "a";
    pub struct W<'a>(pub &'a str);
}

#[allow(clippy::redundant_static_lifetimes)]
pub mod suppressed {
    pub static S: &'static str = "a";
    pub const C: &'static [u8] = b"abc";
}
