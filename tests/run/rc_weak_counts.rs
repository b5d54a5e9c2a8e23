// Rc and Weak: counts, upgrade after the last strong reference, destructors running once when
// the last Rc goes (while Weak references remain), parent links through Weak, try_unwrap,
// get_mut and make_mut.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct TreeNode {
    name: String,
    parent: RefCell<Weak<TreeNode>>,
    kids: RefCell<Vec<Rc<TreeNode>>>,
}

fn main() {
    let a = Rc::new(Noisy("a"));
    let w = Rc::downgrade(&a);
    let w2 = w.clone();
    println!("{} {} {}", Rc::strong_count(&a), Rc::weak_count(&a), w.upgrade().is_some());
    let b = w.upgrade().unwrap();
    println!("{} {}", Rc::strong_count(&a), Rc::ptr_eq(&a, &b));
    drop(b);
    drop(a);
    println!("upgraded after drop: {}", w2.upgrade().is_none());
    let empty: Weak<i32> = Weak::new();
    println!("{:?} {}", empty.upgrade(), empty.strong_count());
    let leaf = Rc::new(TreeNode { name: "leaf".to_string(), parent: RefCell::new(Weak::new()), kids: RefCell::new(vec![]) });
    println!("{:?}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()));
    {
        let branch = Rc::new(TreeNode { name: "branch".to_string(), parent: RefCell::new(Weak::new()), kids: RefCell::new(vec![Rc::clone(&leaf)]) });
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
        println!("{:?}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()));
        println!("branch {} {} leaf {} {}", Rc::strong_count(&branch), Rc::weak_count(&branch), Rc::strong_count(&leaf), Rc::weak_count(&leaf));
        println!("kids {}", branch.kids.borrow().len());
    }
    println!("{:?} {}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()), Rc::strong_count(&leaf));
    let one = Rc::new(Noisy("one"));
    let unwrapped = Rc::try_unwrap(one);
    println!("unwrapped {}", unwrapped.is_ok());
    drop(unwrapped);
    let two = Rc::new(7);
    let two_b = Rc::clone(&two);
    println!("{:?}", Rc::try_unwrap(two).is_err());
    let mut solo = Rc::new(vec![1]);
    Rc::get_mut(&mut solo).unwrap().push(2);
    let mut cow = Rc::clone(&solo);
    Rc::make_mut(&mut cow).push(3);
    println!("{:?} {:?} {} {}", solo, cow, Rc::strong_count(&solo), two_b);
    println!("end");
}
