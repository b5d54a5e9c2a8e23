// `clippy::manual_swap`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(mut a: i32, mut b: i32) -> (i32, i32) {
        let t = a;
        a = b;
        b = t;
        (a, b)
    }
}

pub mod clean {
    pub fn f(mut a: i32, mut b: i32) -> (i32, i32) {
        std::mem::swap(&mut a, &mut b);
        (a, b)
    }
}

#[allow(clippy::manual_swap)]
pub mod suppressed {
    pub fn f(mut a: i32, mut b: i32) -> (i32, i32) {
        let t = a;
        a = b;
        b = t;
        (a, b)
    }
}
