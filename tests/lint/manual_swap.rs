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

pub fn swap_elements(b: &mut [i32], j: usize) {
    let t = b[j];
    b[j] = b[j + 1];
    b[j + 1] = t;
}

pub fn swap_across_slices(b: &mut [i32], c: &mut [i32], j: usize) {
    let t = b[j];
    b[j] = c[j + 1];
    c[j + 1] = t;
}
