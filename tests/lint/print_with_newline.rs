// `clippy::print_with_newline`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(x: i32) {
        print!("hello\n");
        eprint!("{}\n", x);
    }
}

pub mod clean {
    pub fn f() {
        print!("hello");
        print!("two\n\n");
        println!("hello");
    }
}

#[allow(clippy::print_with_newline)]
pub mod suppressed {
    pub fn f(x: i32) {
        print!("hello\n");
        eprint!("{}\n", x);
    }
}
