// `clippy::collapsible_if`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(a: bool, b: bool) {
        if a {
            if b {
                println!("both");
            }
        }
    }

    pub fn with_or(a: bool, b: bool, c: bool) {
        if a || c {
            if b {
                println!("parens");
            }
        }
    }
}

pub mod clean {
    pub fn f(a: bool, b: bool) {
        if a {
            if b {
                println!("both");
            }
            println!("a");
        }
        if a {
            // a comment keeps it apart
            if b {
                println!("both");
            }
        }
    }
}

#[allow(clippy::collapsible_if)]
pub mod suppressed {
    pub fn f(a: bool, b: bool) {
        if a {
            if b {
                println!("both");
            }
        }
    }

    pub fn with_or(a: bool, b: bool, c: bool) {
        if a || c {
            if b {
                println!("parens");
            }
        }
    }
}
