// `unused_braces`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    fn id(x: i32) -> i32 {
        x
    }

    pub fn f() -> i32 {
        id({ 5 })
    }
}

pub mod clean {
    fn id(x: i32) -> i32 {
        x
    }

    pub fn f() -> i32 {
        id({
            let y = 5;
            y
        })
    }
}

#[allow(unused_braces)]
pub mod suppressed {
    fn id(x: i32) -> i32 {
        x
    }

    pub fn f() -> i32 {
        id({ 5 })
    }
}
