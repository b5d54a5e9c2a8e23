// `clippy::println_empty_string`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() {
        println!("");
        eprintln!("");
    }
}

pub mod clean {
    pub fn f() {
        println!();
        println!("x");
    }
}

#[allow(clippy::println_empty_string)]
pub mod suppressed {
    pub fn f() {
        println!("");
        eprintln!("");
    }
}
