// rustg-flags: --analyze
use std::rc::Rc;

// `where Self: Sized` methods stay out of the vtable: the trait is dyn compatible.
trait Sound {
    fn name(&self) -> String;
    fn twice<T: Clone>(&self, t: T) -> (T, T)
    where
        Self: Sized,
    {
        (t.clone(), t)
    }
}

// A generic method without that bound cannot go in a vtable.
trait Visitor {
    fn visit<T>(&self, t: T);
}

struct S;
impl S {
    fn shared(self: Rc<Self>) -> u32 {
        1
    }
}

fn show(s: &dyn Sound) -> String {
    s.name()
}

fn walk(v: &dyn Visitor) {}

fn main() {}
