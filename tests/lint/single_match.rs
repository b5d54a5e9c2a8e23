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

const DATA: u8 = 1;

pub fn more_single_matches(x: (u8, u8), v: Option<u8>, r: Result<u8, ()>, d: u8) {
    match d {
        DATA => (),
        _ => (),
    }
    match x {
        (2, ..) => panic!(),
        (..) => ()
    }
    match v {
        None => {
            println!("none");
        }
        Some(_) => {}
    }
    match r {
        Ok(a) => {
            println!("{a}");
        }
        Err(_) => {}
    }
    match v {
        // a comment in the kept arm does not stop the lint
        Some(ref i) => println!("{i}"),
        None => (),
    }
}
