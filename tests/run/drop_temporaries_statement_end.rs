// Temporaries with destructors end at the end of their statement: format arguments, receivers,
// `&temp`, fields of temporaries; payloads moved out by `Some(x)` arms; closure parameters.
struct Loud(u32);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Loud {
    fn get(&self) -> u32 {
        self.0
    }
}

fn make(n: u32) -> Loud {
    Loud(n)
}

fn maybe(n: u32) -> Option<Loud> {
    if n > 0 { Some(Loud(n)) } else { None }
}

fn main() {
    println!("value {}", make(1).get());
    println!("after 1");
    let s = make(2).get() + make(3).get();
    println!("sum {}", s);
    let r = &make(4);
    println!("borrowed {}", r.0);
    if make(5).get() > 4 {
        println!("in if");
    }
    match maybe(6) {
        Some(l) => println!("got {}", l.0),
        None => println!("none"),
    }
    println!("after match");
    let kept = match maybe(7) {
        Some(l) => l,
        None => Loud(0),
    };
    println!("kept {}", kept.0);
    if let Some(l) = maybe(8) {
        println!("if let {}", l.0);
    }
    println!("{}", maybe(9).is_some());
    let f = |l: Loud| l.0 * 2;
    println!("closure {}", f(Loud(10)));
    let items: Vec<u32> = (11..13).map(|i| make(i).get()).collect();
    println!("{:?}", items);
    println!("end");
}
