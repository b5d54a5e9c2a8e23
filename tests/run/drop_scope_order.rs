// Destructors run at the end of scope in reverse declaration order, after a struct's own drop
// its fields' drops, not after a move, on reassignment, for temporaries at the end of their
// statement, for `let _ =` at once, and on drop(x) / std::mem::drop(x).
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Pair {
    left: Noisy,
    right: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair ({} {})", self.left.name, self.right.name);
    }
}

fn make(name: &str) -> Noisy {
    Noisy { name: String::from(name) }
}

fn consume(n: Noisy) {
    println!("consume {}", n.name);
}

fn pass_through(n: Noisy) -> Noisy {
    println!("pass {}", n.name);
    n
}

fn early(flag: bool) -> i32 {
    let _a = make("early-a");
    if flag {
        let _b = make("early-b");
        return 1;
    }
    let _c = make("early-c");
    2
}

fn main() {
    let _x = make("x");
    let y = make("y");
    {
        let _inner = make("inner");
        println!("in block");
    }
    consume(y);
    let z = pass_through(make("z"));
    let mut w = make("w1");
    println!("reassign");
    w = make("w2");
    println!("{}", w.name);
    make("temp");
    println!("after temp");
    let _ = make("wild");
    println!("after wild");
    let d = make("dropped early");
    drop(d);
    std::mem::drop(make("mem"));
    let _p = Pair { left: make("l"), right: make("r") };
    let v = vec![make("v0"), make("v1")];
    println!("vec of {}", v.len());
    let maybe = Some(make("opt"));
    println!("{}", maybe.is_some());
    println!("early {}", early(true));
    println!("early {}", early(false));
    for i in 0..2 {
        let _l = make("loop");
        if i == 0 {
            continue;
        }
        println!("iteration {}", i);
    }
    let moved = make("cond");
    if z.name.len() > 100 {
        consume(moved);
    }
    println!("end of main");
}
