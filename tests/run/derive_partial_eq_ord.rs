// derive(PartialEq, Eq, PartialOrd, Ord): lexicographic by field order; enums by variant order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Student {
    grade: u8,
    name: String,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, PartialEq, PartialOrd)]
enum Val {
    Num(f64),
    Text(String),
}

fn main() {
    let mut ss = vec![
        Student { grade: 3, name: "zed".into() },
        Student { grade: 1, name: "amy".into() },
        Student { grade: 3, name: "bob".into() },
        Student { grade: 2, name: "cat".into() },
    ];
    ss.sort();
    for s in &ss {
        println!("{} {}", s.grade, s.name);
    }
    println!("{}", ss[0] == Student { grade: 1, name: "amy".into() });
    println!("{:?}", ss.iter().max());
    let mut suits = vec![Suit::Spades, Suit::Clubs, Suit::Hearts, Suit::Diamonds];
    suits.sort();
    println!("{:?}", suits);
    println!("{} {}", Suit::Clubs < Suit::Spades, Suit::Hearts > Suit::Diamonds);
    println!("{:?}", Suit::Hearts.cmp(&Suit::Hearts));
    println!("{}", Val::Num(1.0) < Val::Text("a".into()));
    println!("{:?}", Val::Num(f64::NAN).partial_cmp(&Val::Num(1.0)));
    println!("{}", Val::Text("b".into()) > Val::Text("a".into()));
}
