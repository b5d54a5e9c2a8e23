fn increment(x: &mut i32) {
    *x += 1;
}

fn larger<'a>(a: &'a i32, b: &'a i32) -> i32 {
    if *a > *b { *a } else { *b }
}

struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) -> &mut Account {
        self.balance += amount;
        self
    }
    fn balance(&self) -> i64 {
        self.balance
    }
}

fn main() {
    let mut n = 5;
    increment(&mut n);
    increment(&mut n);
    println!("{}", n);
    let a = 3;
    let b = 9;
    println!("{}", larger(&a, &b));
    let r = &n;
    let rr = &r;
    println!("{} {} {}", r, rr, *r + **rr);
    let mut acct = Account { balance: 10 };
    acct.deposit(5).deposit(20);
    println!("{}", acct.balance());
    let ar = &mut acct;
    ar.balance -= 1;
    println!("{}", ar.balance());
}
