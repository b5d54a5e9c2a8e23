// A traffic-light and vending-machine state machine with enums carrying data.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red(u8),
    Green(u8),
    Yellow(u8),
}

impl Light {
    fn tick(self) -> Light {
        match self {
            Light::Red(0) => Light::Green(3),
            Light::Red(n) => Light::Red(n - 1),
            Light::Green(0) => Light::Yellow(1),
            Light::Green(n) => Light::Green(n - 1),
            Light::Yellow(0) => Light::Red(2),
            Light::Yellow(n) => Light::Yellow(n - 1),
        }
    }
}

#[derive(Debug)]
enum Vend {
    Idle,
    Paid(u32),
    Dispensing(&'static str, u32),
}

enum Event {
    Coin(u32),
    Select(&'static str, u32),
    Take,
}

fn next(s: Vend, e: Event) -> Vend {
    match (s, e) {
        (Vend::Idle, Event::Coin(c)) => Vend::Paid(c),
        (Vend::Paid(p), Event::Coin(c)) => Vend::Paid(p + c),
        (Vend::Paid(p), Event::Select(item, price)) if p >= price => Vend::Dispensing(item, p - price),
        (Vend::Paid(p), Event::Select(item, price)) => {
            println!("  {} costs {}, only {} paid", item, price, p);
            Vend::Paid(p)
        }
        (Vend::Dispensing(item, change), Event::Take) => {
            println!("  took {} and {} change", item, change);
            Vend::Idle
        }
        (s, _) => {
            println!("  ignored event in {:?}", s);
            s
        }
    }
}

fn main() {
    let mut l = Light::Red(1);
    for _ in 0..10 {
        print!("{:?} ", l);
        l = l.tick();
    }
    println!();
    let events = vec![Event::Take, Event::Coin(50), Event::Select("tea", 120), Event::Coin(100), Event::Select("tea", 120), Event::Coin(5), Event::Take];
    let mut s = Vend::Idle;
    for e in events {
        s = next(s, e);
        println!("{:?}", s);
    }
}
