// `clippy::unneeded_field_pattern`: fires, does not fire, and is suppressed by `#[allow]`.
// rustg-flags: -W clippy::unneeded_field_pattern

pub mod fires {
    pub struct P {
        pub x: i32,
        pub y: i32,
    }

    pub fn f(p: P) -> i32 {
        let P { x, y: _ } = p;
        x
    }
}

pub mod clean {
    pub struct P {
        pub x: i32,
        pub y: i32,
    }

    pub fn f(p: P) -> i32 {
        let P { x, .. } = p;
        x
    }
}

#[allow(clippy::unneeded_field_pattern)]
pub mod suppressed {
    pub struct P {
        pub x: i32,
        pub y: i32,
    }

    pub fn f(p: P) -> i32 {
        let P { x, y: _ } = p;
        x
    }
}
