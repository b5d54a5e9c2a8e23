// `clippy::collapsible_else_if`: fires, does not fire, and is suppressed by `#[allow]`.
// rustg-flags: -W clippy::collapsible_else_if

pub mod fires {
    pub fn f(a: bool, b: bool) {
        if a {
            println!("a");
        } else {
            if b {
                println!("b");
            }
        }
    }
}

pub mod clean {
    pub fn f(a: bool, b: bool) {
        if a {
            println!("a");
        } else {
            if b {
                println!("b");
            }
            println!("not a");
        }
    }
}

#[allow(clippy::collapsible_else_if)]
pub mod suppressed {
    pub fn f(a: bool, b: bool) {
        if a {
            println!("a");
        } else {
            if b {
                println!("b");
            }
        }
    }
}
