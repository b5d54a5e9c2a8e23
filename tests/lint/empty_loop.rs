// `clippy::empty_loop`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() {
        loop {}
    }
}

pub mod clean {
    pub fn f() {
        loop {
            std::thread::yield_now();
        }
    }
}

#[allow(clippy::empty_loop)]
pub mod suppressed {
    pub fn f() {
        loop {}
    }
}
