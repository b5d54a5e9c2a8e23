// `clippy::if_not_else`: fires, does not fire, and is suppressed by `#[allow]`.
// rustg-flags: -W clippy::if_not_else

pub mod fires {
    pub fn f(a: bool, x: i32) {
        if !a {
            println!("not a");
        } else {
            println!("a");
        }
        if x != 1 {
            println!("not one");
        } else {
            println!("one");
        }
    }
}

pub mod clean {
    pub fn f(a: bool) {
        if !a {
            println!("not a");
        }
    }
}

#[allow(clippy::if_not_else)]
pub mod suppressed {
    pub fn f(a: bool, x: i32) {
        if !a {
            println!("not a");
        } else {
            println!("a");
        }
        if x != 1 {
            println!("not one");
        } else {
            println!("one");
        }
    }
}

// clippy leaves `x != 0` alone; `0 != x` it reports.
pub fn zero_compare(a: usize) -> usize {
    let y = if a != 0 { 1 } else { 2 };
    let z = if 0 != a { 1 } else { 2 };
    y + z
}
