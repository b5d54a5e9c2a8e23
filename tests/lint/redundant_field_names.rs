// `clippy::redundant_field_names`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub struct P {
        pub x: i32,
        pub y: i32,
    }

    pub fn f(x: i32, y: i32) -> P {
        P { x: x, y: y }
    }
}

pub mod clean {
    pub struct P {
        pub x: i32,
        pub y: i32,
    }

    pub fn f(x: i32, z: i32) -> P {
        P { x, y: z }
    }
}

#[allow(clippy::redundant_field_names)]
pub mod suppressed {
    pub struct P {
        pub x: i32,
        pub y: i32,
    }

    pub fn f(x: i32, y: i32) -> P {
        P { x: x, y: y }
    }
}
