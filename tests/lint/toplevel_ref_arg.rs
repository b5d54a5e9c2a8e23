// `clippy::toplevel_ref_arg`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(ref x: i32) -> i32 {
        *x
    }
}

pub mod clean {
    pub fn f(x: &i32) -> i32 {
        *x
    }
}

#[allow(clippy::toplevel_ref_arg)]
pub mod suppressed {
    pub fn f(ref x: i32) -> i32 {
        *x
    }
}

pub fn let_ref(x: u8, y: &mut u8) -> u8 {
    let ref a = x;
    let ref mut b: u8 = *y;
    *b += 1;
    *a + *b
}
