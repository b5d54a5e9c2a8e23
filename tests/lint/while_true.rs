// `while_true`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() {
        while true {
            break;
        }
    }
}

pub mod clean {
    pub fn f(a: bool) {
        while a {
            break;
        }
    }
}

#[allow(while_true)]
pub mod suppressed {
    pub fn f() {
        while true {
            break;
        }
    }
}
