// #[cfg_attr(pred, attr)] applies the attribute only when the predicate holds.
#[cfg_attr(unix, derive(Debug, Clone, Copy))]
struct P {
    x: i32,
}

#[cfg_attr(windows, derive(Clone, Copy))]
#[derive(Debug)]
struct Q {
    y: i32,
}

#[cfg_attr(all(unix, not(windows)), allow(dead_code))]
fn unused() {}

fn main() {
    let p = P { x: 1 };
    let q = p;
    println!("{:?} {:?}", p, q);
    let r = Q { y: 2 };
    println!("{:?}", r);
}
