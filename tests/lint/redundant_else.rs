// `clippy::redundant_else`: fires, does not fire, and is suppressed by `#[allow]`.
// rustg-flags: -W clippy::redundant_else

pub mod fires {
    pub fn only_a_comment_in_else(x: i32) -> i32 {
        if x > 1 {
            return 1;
        } else {
            // nothing else to do (this once crashed the lint)
        }
        0
    }
    pub fn f(x: i32) -> i32 {
        if x > 1 {
            return 1;
        } else {
            println!("small");
        }
        0
    }
}

pub mod clean {

    pub fn f(x: i32) -> i32 {
        if x > 1 {
            println!("big");
        } else {
            println!("small");
        }
        0
    }
}

#[allow(clippy::redundant_else)]
pub mod suppressed {
    pub fn f(x: i32) -> i32 {
        if x > 1 {
            return 1;
        } else {
            println!("small");
        }
        0
    }
}

pub fn chain(x: usize) -> bool {
    if x < 2 {
        return false;
    } else if x == 2 {
        return true;
    } else {
        println!("more");
    }
    x > 3
}
