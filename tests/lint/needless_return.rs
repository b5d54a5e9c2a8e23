// `clippy::needless_return`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn tail(x: i32) -> i32 {
        return x + 1;
    }

    pub fn in_branches(x: i32) -> i32 {
        if x > 0 {
            return 1;
        } else {
            return 2;
        }
    }

    pub fn unit() {
        println!("a");
        return;
    }
}

pub mod clean {
    pub fn early(x: i32) -> i32 {
        if x > 0 {
            return 1;
        }
        x
    }
}

#[allow(clippy::needless_return)]
pub mod suppressed {
    pub fn tail(x: i32) -> i32 {
        return x + 1;
    }

    pub fn in_branches(x: i32) -> i32 {
        if x > 0 {
            return 1;
        } else {
            return 2;
        }
    }

    pub fn unit() {
        println!("a");
        return;
    }
}
