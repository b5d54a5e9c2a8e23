// A manual PartialEq impl drives `==` and `!=`.
struct Money {
    cents: i64,
    currency: char,
}

impl PartialEq for Money {
    fn eq(&self, other: &Money) -> bool {
        self.cents == other.cents && self.currency == other.currency
    }
}

fn main() {
    let a = Money { cents: 150, currency: 'E' };
    let b = Money { cents: 150, currency: 'E' };
    let c = Money { cents: 150, currency: 'D' };
    println!("{} {}", a == b, a == c);
    println!("{} {}", a != b, a != c);
    if a == b {
        println!("same");
    }
}
