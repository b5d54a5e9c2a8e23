// Drop runs in reverse declaration order, at scope end, on reassignment, and for fields in order.
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    _a: Loud,
    _b: Loud,
}

fn make(name: &'static str) -> Loud {
    println!("make {}", name);
    Loud(name)
}

fn main() {
    let _x = make("x");
    let _y = make("y");
    {
        let _inner = make("inner");
        println!("end of block");
    }
    let mut r = make("r1");
    r = make("r2");
    println!("reassigned");
    let moved = make("moved");
    drop(moved);
    println!("after explicit drop");
    let _p = Pair { _a: Loud("pa"), _b: Loud("pb") };
    let v = vec![Loud("v0"), Loud("v1")];
    std::mem::drop(v);
    let _ = make("underscore");
    let _kept = make("kept");
    let b = Box::new(Loud("boxed"));
    let _ = &b;
    println!("end of main {}", r.0);
}
