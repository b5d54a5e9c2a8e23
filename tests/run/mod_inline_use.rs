// Inline modules with use, pub, self/super paths, re-exports and nested modules.
mod geometry {
    pub mod shapes {
        #[derive(Debug)]
        pub struct Square(pub f64);

        impl Square {
            pub fn area(&self) -> f64 {
                super::helpers::sq(self.0)
            }
        }

        pub fn unit() -> Square {
            Square(1.0)
        }
    }

    mod helpers {
        pub fn sq(x: f64) -> f64 {
            x * x
        }
    }

    pub use self::shapes::Square;

    pub fn describe(s: &Square) -> String {
        format!("square with area {}", s.area())
    }
}

mod counter {
    pub struct Counter {
        count: u32,
    }

    impl Counter {
        pub fn new() -> Self {
            Counter { count: 0 }
        }
        pub fn incr(&mut self) -> u32 {
            self.count += 1;
            self.count
        }
    }

    pub const START: u32 = 0;
}

use geometry::shapes::{self, unit};
use geometry::Square as Sq;
use counter::*;

fn main() {
    let s = Sq(3.0);
    println!("{:?} {}", s, s.area());
    println!("{}", geometry::describe(&s));
    println!("{:?}", unit());
    println!("{:?}", shapes::unit().area());
    let mut c = Counter::new();
    c.incr();
    println!("{} {}", c.incr(), START);
    println!("{}", crate::geometry::shapes::Square(2.0).area());
}
