// `non_upper_case_globals`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub static lower_static: i32 = 0;
    pub const camelConst: i32 = 1;
}

pub mod clean {
    pub static UPPER_STATIC: i32 = 0;
    pub const ALSO_UPPER: i32 = 1;
}

#[allow(non_upper_case_globals)]
pub mod suppressed {
    pub static lower_static: i32 = 0;
    pub const camelConst: i32 = 1;
}
