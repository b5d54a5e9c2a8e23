// RefCell and Cell: interior mutability behind shared references; Rc<RefCell<T>> sharing.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

struct Counter {
    hits: Cell<u32>,
    log: RefCell<Vec<String>>,
}

impl Counter {
    fn hit(&self, who: &str) {
        self.hits.set(self.hits.get() + 1);
        self.log.borrow_mut().push(who.to_string());
    }
}

fn main() {
    let c = Counter { hits: Cell::new(0), log: RefCell::new(vec![]) };
    c.hit("a");
    c.hit("b");
    println!("{} {:?}", c.hits.get(), c.log.borrow());
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(3);
    shared.borrow_mut()[0] = 10;
    println!("{:?} {}", shared.borrow(), other.borrow().len());
    {
        let r1 = shared.borrow();
        let r2 = shared.borrow();
        println!("{} {}", r1.len(), r2[2]);
        println!("{}", shared.try_borrow_mut().is_err());
    }
    println!("{}", shared.try_borrow_mut().is_ok());
    let cell = RefCell::new(5);
    *cell.borrow_mut() += 10;
    println!("{}", cell.into_inner());
    let x = Cell::new(1);
    let old = x.replace(2);
    println!("{} {}", old, x.get());
    let swapped = RefCell::new(String::from("a"));
    let prev = swapped.replace(String::from("b"));
    println!("{} {:?}", prev, swapped);
}
