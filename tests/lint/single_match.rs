// `clippy::single_match`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f(o: Option<i32>) {
        match o {
            Some(x) => println!("{}", x),
            _ => {}
        }
    }

    pub fn g(n: i32) {
        match n {
            7 => println!("seven"),
            _ => (),
        }
    }

    pub fn h(x: &[i32], n: i32) {
        match x {
            [2, ..] => println!("two"),
            [..] => (),
        }
        match n {
            z @ 32 => println!("{}", z),
            _ => {}
        }
    }
}

pub mod clean {
    pub fn f(o: Option<i32>) {
        match o {
            Some(x) => println!("{}", x),
            None => println!("none"),
        }
        match o {
            Some(x) => println!("{}", x),
            _ => println!("other"),
        }
    }
}

#[allow(clippy::single_match)]
pub mod suppressed {
    pub fn f(o: Option<i32>) {
        match o {
            Some(x) => println!("{}", x),
            _ => {}
        }
    }

    pub fn g(n: i32) {
        match n {
            7 => println!("seven"),
            _ => (),
        }
    }
}
