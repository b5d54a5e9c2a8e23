// Rc<str> and Rc<[T]>: Rc::from a &str, a String, a Vec or a Box; clones share one count; the
// elements of an Rc<[T]> drop once, when the last Rc goes; Rc::new as a function value.
use std::rc::Rc;
#[derive(Debug, Clone)]
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop D{}", self.0); } }
fn main() {
    let s: Rc<str> = Rc::from("shared str");
    let s2 = s.clone();
    println!("{} {} {}", s2, Rc::strong_count(&s), s.len());
    println!("{:?} {}", s, s.to_uppercase());
    let t: Rc<str> = Rc::from(String::from("own"));
    println!("{}", t);
    let r: Rc<[i32]> = Rc::from(vec![1, 2, 3]);
    let r2 = Rc::clone(&r);
    println!("{:?} {} {} {}", r, r2[1], r.len(), Rc::strong_count(&r));
    let list: Vec<Rc<i32>> = (0..3).map(Rc::new).collect();
    println!("{:?}", list);
    {
        let ds: Rc<[D]> = Rc::from(vec![D(1), D(2)]);
        let ds2 = ds.clone();
        println!("{}", Rc::strong_count(&ds2));
        drop(ds);
        println!("after first");
    }
    let bd: Box<[D]> = vec![D(7)].into_boxed_slice();
    println!("{}", bd.len());
    let sum: i32 = r.iter().sum();
    println!("{}", sum);
    let b: Rc<i32> = Rc::from(Box::new(5));
    println!("{}", b);
}
