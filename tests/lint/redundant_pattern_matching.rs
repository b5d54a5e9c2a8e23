// `clippy::redundant_pattern_matching`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(o: Option<i32>, r: Result<i32, ()>) {
        if let Some(_) = o {
            println!("some");
        }
        while let Err(_) = r {
            break;
        }
    }
}

pub mod clean {
    pub fn f(o: Option<i32>) {
        if let Some(x) = o {
            println!("{}", x);
        }
    }
}

#[allow(clippy::redundant_pattern_matching)]
pub mod suppressed {
    pub fn f(o: Option<i32>, r: Result<i32, ()>) {
        if let Some(_) = o {
            println!("some");
        }
        while let Err(_) = r {
            break;
        }
    }
}
