// `clippy::assign_op_pattern`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(mut a: i32, b: i32) -> i32 {
        a = a + b;
        a = b * a;
        a
    }
}

pub mod clean {
    pub fn f(mut a: i32, b: i32) -> i32 {
        a = b - a;
        a += 1;
        a
    }
}

#[allow(clippy::assign_op_pattern)]
pub mod suppressed {
    pub fn f(mut a: i32, b: i32) -> i32 {
        a = a + b;
        a = b * a;
        a
    }
}

// `T` has `Add` but not `AddAssign`: `acc += x` would not compile, and clippy stays quiet.
pub fn sum_all<T: std::ops::Add<Output = T> + Default + Copy>(xs: &[T]) -> T {
    let mut acc = T::default();
    for &x in xs {
        acc = acc + x;
    }
    acc
}

// In a `const fn` the `-Assign` traits cannot be called: clippy stays quiet.
pub const fn const_sum(a: u32) -> u32 {
    let mut d = a;
    d = d + 1;
    d
}
