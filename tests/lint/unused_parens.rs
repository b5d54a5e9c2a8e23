// `unused_parens`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(x: i32) -> i32 {
        let a = (x + 1);
        if (a > 1) {
            return (a);
        }
        match (a) {
            _ => a,
        }
    }

    pub fn closure_body() -> u8 {
        let g = |a: i32| (a as u8);
        g(1)
    }
}

pub mod clean {
    pub fn f(x: i32) -> i32 {
        let a = (x + 1) * 2;
        a
    }
}

#[allow(unused_parens)]
pub mod suppressed {
    pub fn f(x: i32) -> i32 {
        let a = (x + 1);
        if (a > 1) {
            return (a);
        }
        match (a) {
            _ => a,
        }
    }
}

// `if return {}` would return the block: the parentheses are needed.
#[allow(unreachable_code)]
pub fn jumps() {
    if (return) {}
}
