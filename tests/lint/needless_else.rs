// `clippy::needless_else`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(a: bool) {
        if a {
            println!("a");
        } else {
        }
    }
}

pub mod clean {
    pub fn f(a: bool) {
        if a {
            println!("a");
        } else {
            // nothing to do
        }
    }
}

#[allow(clippy::needless_else)]
pub mod suppressed {
    pub fn f(a: bool) {
        if a {
            println!("a");
        } else {
        }
    }
}
