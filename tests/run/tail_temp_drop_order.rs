// Temporaries of a block's tail expression (edition 2021): they drop after the block's locals, at
// the end of the statement that encloses the block; a function's or closure's body tail
// temporaries after its locals but before its parameters; an `if` branch, loop body or match arm
// drops them at its own end, still after its locals.
use std::cell::RefCell;
struct D<'a>(&'static str, &'a RefCell<Vec<String>>);
impl<'a> D<'a> {
    fn new(name: &'static str, log: &'a RefCell<Vec<String>>) -> D<'a> {
        log.borrow_mut().push(format!("make {}", name));
        D(name, log)
    }
    fn get(&self) -> usize {
        self.0.len()
    }
    fn incr(&self, name: &'static str) -> D<'a> {
        D::new(name, self.1)
    }
}
impl<'a> Drop for D<'a> {
    fn drop(&mut self) {
        self.1.borrow_mut().push(format!("drop {}", self.0));
    }
}
fn body_tail<'a>(p: D<'a>, log: &'a RefCell<Vec<String>>) -> usize {
    let _l = D::new("fn_local", log);
    p.incr("fn_tail_temp").get()
}
fn block_in_let(log: &RefCell<Vec<String>>) {
    let n = {
        let _l = D::new("block_local", log);
        D::new("block_tail_temp", log).get()
    };
    log.borrow_mut().push(format!("after let {}", n));
}
fn branch(log: &RefCell<Vec<String>>, c: bool) -> usize {
    let n = if c {
        let _l = D::new("if_local", log);
        D::new("if_tail_temp", log).get()
    } else {
        0
    };
    log.borrow_mut().push("after if".to_string());
    n
}
fn arm(log: &RefCell<Vec<String>>, k: u8) -> usize {
    let n = match k {
        1 => {
            let _l = D::new("arm_local", log);
            D::new("arm_tail_temp", log).get()
        }
        _ => 0,
    };
    log.borrow_mut().push("after match".to_string());
    n
}
fn nested(log: &RefCell<Vec<String>>) -> usize {
    let a = D::new("outer_local", log);
    let n = {
        let _x = D::new("mid_local", log);
        {
            let _y = D::new("inner_local", log);
            a.incr("inner_tail_temp").get()
        }
    } + 1;
    log.borrow_mut().push("after nested".to_string());
    n
}
fn main() {
    let log = RefCell::new(vec![]);
    let r = body_tail(D::new("param", &log), &log);
    log.borrow_mut().push(format!("returned {}", r));
    block_in_let(&log);
    branch(&log, true);
    arm(&log, 1);
    nested(&log);
    let c = |p: D| {
        let _l = D::new("closure_local", &log);
        p.incr("closure_tail_temp").get()
    };
    c(D::new("closure_param", &log));
    for line in log.borrow().iter() {
        println!("{}", line);
    }
}
