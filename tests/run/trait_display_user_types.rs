// `impl fmt::Display` and `impl fmt::Debug` drive `{}`, `{:?}` and `to_string()`.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

enum Suit {
    Hearts,
    Spades,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Suit::Hearts => write!(f, "H"),
            Suit::Spades => write!(f, "S"),
        }
    }
}

struct Card {
    rank: u8,
    suit: Suit,
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.rank)?;
        write!(f, "{}", self.suit)
    }
}

impl fmt::Debug for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "Card of rank {}", self.rank)?;
        write!(f, "end")
    }
}

struct Wrapper<T> {
    items: Vec<T>,
}

impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[")?;
        let mut first = true;
        for x in &self.items {
            if !first {
                write!(f, ", ")?;
            }
            write!(f, "{}", x)?;
            first = false;
        }
        write!(f, "]")
    }
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{}", p);
    println!("p = {} and again {}", p, p);
    let s = p.to_string();
    println!("{} has {} bytes", s, s.len());
    let c = Card { rank: 10, suit: Suit::Spades };
    println!("{}", c);
    println!("{:?}", c);
    println!("{}", Suit::Hearts);
    let w = Wrapper { items: vec![1, 2, 3] };
    println!("{}", w);
    let e: Wrapper<i32> = Wrapper { items: Vec::new() };
    println!("{}", e);
}
