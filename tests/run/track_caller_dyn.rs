// `#[track_caller]` through trait objects: a declaration's attribute passes the call's location
// through the vtable (and is inherited by the impls), an impl-only attribute sees its own `fn`.
use std::panic::Location;

trait Tracked {
    #[track_caller]
    fn declared(&self) -> (u32, u32) {
        let l = Location::caller();
        (l.line(), l.column())
    }
    fn impl_only(&self) -> u32;
    #[track_caller]
    fn boxed(self: Box<Self>, limit: u32) -> u32;
}

struct Unit;

impl Tracked for Unit {
    #[track_caller]
    fn impl_only(&self) -> u32 {
        Location::caller().line()
    }
    fn boxed(self: Box<Self>, limit: u32) -> u32 {
        let line = Location::caller().line();
        if line > limit {
            panic!("called from line {}", line);
        }
        line
    }
}

fn main() {
    let t: &dyn Tracked = &Unit;
    println!("{:?}", t.declared());
    println!("{:?}", Unit.declared());
    println!("{}", t.impl_only());
    println!("{}", Unit.impl_only());
    let b: Box<dyn Tracked> = Box::new(Unit);
    println!("{}", b.boxed(100));
    let b: Box<dyn Tracked> = Box::new(Unit);
    b.boxed(10);
}
