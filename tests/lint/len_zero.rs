// `clippy::len_zero`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(v: &Vec<i32>, s: &str) -> bool {
        let a = v.len() == 0;
        let b = s.len() != 0;
        let c = v.len() > 0;
        let d = 0 == s.len();
        let e = v.len() < 1;
        a && b && c && d && e
    }
}

pub mod clean {
    pub fn f(v: &Vec<i32>) -> bool {
        v.len() == 2 || v.is_empty()
    }
}

#[allow(clippy::len_zero)]
pub mod suppressed {
    pub fn f(v: &Vec<i32>, s: &str) -> bool {
        let a = v.len() == 0;
        let b = s.len() != 0;
        let c = v.len() > 0;
        let d = 0 == s.len();
        let e = v.len() < 1;
        a && b && c && d && e
    }
}
