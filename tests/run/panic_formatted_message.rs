// panic! with format arguments, from inside a method.
struct Account {
    balance: i64,
}

impl Account {
    fn withdraw(&mut self, amount: i64) {
        if amount > self.balance {
            panic!("insufficient funds: balance {}, requested {}", self.balance, amount);
        }
        self.balance -= amount;
        println!("withdrew {}, left {}", amount, self.balance);
    }
}

fn main() {
    let mut a = Account { balance: 100 };
    a.withdraw(30);
    a.withdraw(50);
    a.withdraw(40);
}
