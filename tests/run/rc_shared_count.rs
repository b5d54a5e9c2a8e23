// Rc: shared ownership, strong_count, ptr_eq, clone-on-write with make_mut, Weak upgrade.
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Data {
    v: Vec<i32>,
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
    let w: Weak<Data> = Rc::downgrade(&a);
    println!("{} {}", Rc::weak_count(&a), w.upgrade().is_some());
    drop(a);
    drop(c);
    println!("{}", w.upgrade().is_none());
    let mut x = Rc::new(5);
    let y = x.clone();
    *Rc::make_mut(&mut x) += 1;
    println!("{} {}", x, y);
    let s: Rc<str> = Rc::from("shared str");
    let s2 = s.clone();
    println!("{} {}", s2, Rc::strong_count(&s));
    let list: Vec<Rc<i32>> = (0..3).map(Rc::new).collect();
    let again = list.clone();
    println!("{}", Rc::strong_count(&again[0]));
    println!("{:?}", Rc::try_unwrap(Rc::new(7)));
}
