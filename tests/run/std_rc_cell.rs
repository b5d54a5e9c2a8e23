// Rc (shared count, clone, ptr_eq, Deref to fields and methods, the value dropped with the last Rc) and Cell written in Rust (runtime/std/rc.rs, cell.rs).
use std::cell::Cell;
use std::rc::Rc;

#[derive(Debug)]
struct Data {
    v: Vec<i32>,
}

impl Data {
    fn total(&self) -> i32 {
        let mut t = 0;
        for x in &self.v {
            t += *x;
        }
        t
    }
}

struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Counter {
    hits: Cell<u32>,
}

impl Counter {
    fn hit(&self) {
        self.hits.set(self.hits.get() + 1);
    }
}

fn main() {
    let a = Rc::new(Data { v: vec![1, 2, 3] });
    println!("{}", Rc::strong_count(&a));
    let b = Rc::clone(&a);
    let c = a.clone();
    println!("{} {}", Rc::strong_count(&a), Rc::ptr_eq(&a, &c));
    println!("{:?} {}", b.v, c.v.len());
    drop(b);
    println!("{}", Rc::strong_count(&a));
    let x = Rc::new(5);
    let y = x.clone();
    println!("{} {} {}", x, *y + 1, Rc::ptr_eq(&x, &Rc::new(5)));
    {
        let n = Rc::new(Noisy { name: "n1".to_string() });
        let m = n.clone();
        println!("inner {} {}", Rc::strong_count(&m), m.name);
        drop(n);
        println!("after drop n");
    }
    println!("after block");
    let k = Counter { hits: Cell::new(0) };
    k.hit();
    k.hit();
    println!("{} {:?}", k.hits.get(), k.hits);
    let cell = Cell::new(1);
    let old = cell.replace(2);
    println!("{} {} {}", old, cell.get(), cell.into_inner());
    let shared: Vec<Rc<String>> = vec![Rc::new("s".to_string())];
    let again = vec![shared[0].clone()];
    println!("{} {}", Rc::strong_count(&again[0]), again[0]);
    println!("{}", a.total());
}
