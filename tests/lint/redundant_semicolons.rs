// `redundant_semicolons`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() {
        let x = 1;;
        println!("{}", x);;;
    }
}

pub mod clean {
    pub fn f() {
        let x = 1;
        println!("{}", x);
    }
}

#[allow(redundant_semicolons)]
pub mod suppressed {
    pub fn f() {
        let x = 1;;
        println!("{}", x);;;
    }
}
