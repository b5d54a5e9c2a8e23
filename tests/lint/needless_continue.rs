// `clippy::needless_continue`: fires, does not fire, and is suppressed by `#[allow]`.
// rustg-flags: -W clippy::needless_continue

pub mod fires {
    pub fn f() {
        for i in 0..3 {
            println!("{}", i);
            continue;
        }
    }
}

pub mod clean {
    pub fn f() {
        for i in 0..3 {
            if i == 1 {
                continue;
            }
            println!("{}", i);
        }
    }
}

#[allow(clippy::needless_continue)]
pub mod suppressed {
    pub fn f() {
        for i in 0..3 {
            println!("{}", i);
            continue;
        }
    }
}
