// RefCell guards that are temporaries give their borrow back at the end of their statement, as
// rustc drops them: method receivers, format arguments, conditions, fields and indexes through
// guards, `*guard op= v`; a guard in a `match` scrutinee lives to the end of the match.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

struct Account {
    owner: String,
    history: RefCell<Vec<i64>>,
    touched: Cell<u32>,
}

impl Account {
    fn deposit(&self, amount: i64) {
        self.touched.set(self.touched.get() + 1);
        self.history.borrow_mut().push(amount);
    }
    fn balance(&self) -> i64 {
        self.history.borrow().iter().sum()
    }
}

fn main() {
    let acc = Account { owner: "ann".to_string(), history: RefCell::new(Vec::new()), touched: Cell::new(0) };
    acc.deposit(10);
    acc.deposit(-3);
    println!("{} {} {} {:?}", acc.owner, acc.balance(), acc.touched.get(), acc.history.borrow());
    let cell = RefCell::new(vec![1, 2, 3]);
    cell.borrow_mut().push(4);
    cell.borrow_mut()[0] = 100;
    let last = cell.borrow().len() - 1;
    cell.borrow_mut()[last] += 1;
    println!("{:?} len={}", cell.borrow(), cell.borrow().len());
    if cell.borrow().len() > 3 {
        cell.borrow_mut().pop();
    }
    let mut n = 0;
    while cell.borrow().len() < 6 {
        n += 1;
        cell.borrow_mut().push(n);
    }
    println!("{:?} {}", cell.borrow(), cell.try_borrow_mut().is_ok());
    match cell.borrow().first() {
        Some(x) => println!("first {} mut_ok={}", x, cell.try_borrow_mut().is_ok()),
        None => println!("empty"),
    }
    println!("after match mut_ok={}", cell.try_borrow_mut().is_ok());
    let counter = RefCell::new(0);
    *counter.borrow_mut() += 5;
    *counter.borrow_mut() *= 3;
    println!("{} {:?}", counter.borrow(), counter);
    {
        let g = counter.borrow_mut();
        println!("{:?} {:?} {:?}", counter, counter.try_borrow().is_err(), *g);
    }
    println!("{:#?}", counter);
    let shared = Rc::new(RefCell::new(String::from("ab")));
    let again = Rc::clone(&shared);
    again.borrow_mut().push('c');
    shared.borrow_mut().push_str("de");
    println!("{} {} {}", shared.borrow(), again.borrow().len(), Rc::strong_count(&shared));
    let words: Vec<usize> = (0..3).map(|i| { shared.borrow_mut().push('x'); shared.borrow().len() + i }).collect();
    println!("{:?}", words);
    let stack = RefCell::new(vec![1, 2, 3, 4]);
    while let Some(x) = stack.borrow_mut().pop() {
        println!("popped {} busy={}", x, stack.try_borrow().is_err());
        if x == 2 {
            break;
        }
    }
    println!("{:?} free={}", stack.borrow(), stack.try_borrow_mut().is_ok());
    while let Some(x) = stack.borrow_mut().pop() {
        if x == 0 {
            continue;
        }
    }
    println!("{:?} free={}", stack.borrow(), stack.try_borrow_mut().is_ok());
    let c = Cell::new(5);
    let old = c.replace(6);
    let taken = c.take();
    println!("{} {} {} {:?}", old, taken, c.get(), c);
    let r = RefCell::new(vec![String::from("z")]);
    let prev = r.replace(vec![]);
    println!("{:?} {:?}", prev, r);
    println!("{:?}", r.into_inner().len());
}
