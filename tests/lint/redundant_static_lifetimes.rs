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

pub trait Shape {}
pub struct Dot;
impl Shape for Dot {}

// A trait object's or a reference's `'static` is not redundant; inside arrays and tuples it is.
pub const DYN: &'static dyn Shape = &Dot;
pub const NESTED: &'static &'static [u8; 1] = &&[1];
pub const NAMES: [&'static str; 1] = ["a"];
pub const PAIR: (&'static str, u8) = ("b", 1);
