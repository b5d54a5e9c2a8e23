// pub(crate), pub(super), private fields through constructors, and functions in nested modules.
mod bank {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }
        pub fn deposit(&mut self, amount: i64) {
            self.balance += audit::checked(amount);
        }
        pub fn balance(&self) -> i64 {
            self.balance
        }
    }

    pub(crate) fn bank_name() -> &'static str {
        "Rust Bank"
    }

    mod audit {
        pub(super) fn checked(amount: i64) -> i64 {
            if amount < 0 { 0 } else { amount }
        }
    }

    pub mod rates {
        pub const BASE: f64 = 0.025;
        pub fn yearly(balance: i64) -> f64 {
            balance as f64 * BASE
        }
    }
}

use bank::rates;

fn main() {
    let mut a = bank::Account::open("ann");
    a.deposit(100);
    a.deposit(-50);
    a.deposit(25);
    println!("{} {} {}", a.owner, a.balance(), bank::bank_name());
    println!("{}", rates::yearly(a.balance()));
    println!("{}", bank::rates::BASE);
}
