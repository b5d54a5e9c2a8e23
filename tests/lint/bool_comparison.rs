// `clippy::bool_comparison`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(a: bool, b: bool) -> bool {
        let x = a == true;
        let y = b != false;
        let z = a == false;
        let w = true != b;
        x && y && z && w
    }
}

pub mod clean {
    pub fn f(a: bool, b: bool) -> bool {
        a == b
    }
}

#[allow(clippy::bool_comparison)]
pub mod suppressed {
    pub fn f(a: bool, b: bool) -> bool {
        let x = a == true;
        let y = b != false;
        let z = a == false;
        let w = true != b;
        x && y && z && w
    }
}
