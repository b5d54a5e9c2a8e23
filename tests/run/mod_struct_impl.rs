// A struct with an impl block inside a module, used from outside through a path and a `use`.
mod bank {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Account {
        pub id: u32,
        pub balance: i64,
    }

    impl Account {
        pub fn new(id: u32) -> Account {
            Account { id, balance: 0 }
        }
        pub fn deposit(&mut self, amount: i64) {
            self.balance += amount;
        }
    }

    pub const LIMIT: i64 = 1000;
}

use bank::Account;

fn main() {
    let mut a = Account::new(7);
    a.deposit(250);
    let b = bank::Account::new(8);
    println!("{:?}", a);
    println!("{} {}", b.id, b.balance);
    println!("{}", a.balance < bank::LIMIT);
}
