// `clippy::unused_unit`: fires, does not fire, and is suppressed by `#[allow]`.

pub mod fires {
    pub fn f() -> () {}

    pub fn g() {
        println!("x");
        ()
    }

    pub fn in_arms(x: i32) {
        match x {
            1 => if x > 0 { () },
            _ => { () }
        }
    }
}

pub mod clean {
    pub fn f() {}

    pub fn g() -> ((), ()) {
        ((), ())
    }
}

#[allow(clippy::unused_unit)]
pub mod suppressed {
    pub fn f() -> () {}

    pub fn g() {
        println!("x");
        ()
    }
}

pub fn more_units(o: Option<u8>) {
    let c = |x: u8| -> () { let _ = x; };
    c(1);
    if o.is_none() {
        return ();
    }
    println!("{o:?}");
}

pub const CALLBACK: &dyn Fn(u8) -> () = &|_| {};
