// `clippy::double_parens`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    fn id(x: i32) -> i32 {
        x
    }

    pub fn f(x: i32) -> i32 {
        let y = ((x));
        id((y))
    }
}

pub mod clean {
    fn id(x: i32) -> i32 {
        x
    }

    pub fn f(x: i32) -> i32 {
        id((x, 1).0)
    }
}

#[allow(clippy::double_parens)]
pub mod suppressed {
    fn id(x: i32) -> i32 {
        x
    }

    pub fn f(x: i32) -> i32 {
        let y = ((x));
        id((y))
    }
}

pub fn nested() -> i32 {
    let b = (((2)));
    let (c, d);
    ((c, d)) = (0, 1);
    b + c + d
}
