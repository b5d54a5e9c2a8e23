// `clippy::redundant_closure`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    fn double(a: i32) -> i32 {
        a * 2
    }

    pub fn f(v: Vec<i32>) -> Vec<i32> {
        v.into_iter().map(|a| double(a)).collect()
    }
}

pub mod clean {
    fn double(a: &i32) -> i32 {
        a * 2
    }

    pub fn f(v: Vec<i32>) -> Vec<i32> {
        v.iter().map(|a| double(a) + 1).collect()
    }
}

#[allow(clippy::redundant_closure)]
pub mod suppressed {
    fn double(a: i32) -> i32 {
        a * 2
    }

    pub fn f(v: Vec<i32>) -> Vec<i32> {
        v.into_iter().map(|a| double(a)).collect()
    }
}
