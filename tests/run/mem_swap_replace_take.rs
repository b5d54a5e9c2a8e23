// std::mem::swap, replace and take on locals, fields and Vec elements through &mut.
use std::mem;

struct Slot {
    name: String,
    items: Vec<i32>,
    count: u32,
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
    let mut s = Slot { name: String::from("first"), items: vec![1, 2, 3], count: 7 };
    let old = mem::replace(&mut s.name, String::from("second"));
    println!("{} -> {}", old, s.name);
    let taken = mem::take(&mut s.items);
    println!("{:?} {:?}", taken, s.items);
    let c = std::mem::take(&mut s.count);
    println!("{} {}", c, s.count);
    let mut v = vec![String::from("x"), String::from("y")];
    let mut w = String::from("z");
    std::mem::swap(&mut v[0], &mut w);
    println!("{:?} {}", v, w);
    let mut o = Some(5);
    let prev = mem::take(&mut o);
    println!("{:?} {:?}", prev, o);
    let r = mem::replace(&mut a, 10);
    println!("{} {}", r, a);
}
