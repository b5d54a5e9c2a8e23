// Trait objects of std's formatting traits: Box<dyn Display>, &dyn Debug, Vec<Box<dyn Display>>,
// a user trait with Display and Debug supertraits, padding and {:#?} through the vtable.
use std::fmt::{self, Debug, Display};

#[derive(Debug)]
struct Pair {
    a: i32,
    b: &'static str,
}

struct Temp(f64);

impl Display for Temp {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}C", self.0)
    }
}

impl Debug for Temp {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() { write!(f, "Temp(\n    {}\n)", self.0) } else { write!(f, "T{}", self.0) }
    }
}

trait Labeled: Display + Debug {
    fn label(&self) -> String;
}

impl Labeled for Temp {
    fn label(&self) -> String {
        format!("temp {}", self)
    }
}

fn show(d: &dyn Display) -> String {
    format!("[{}]", d)
}

fn pick(hot: bool) -> Box<dyn Display> {
    if hot { Box::new(Temp(40.0)) } else { Box::new("cold") }
}

fn main() {
    let items: Vec<Box<dyn Display>> = vec![Box::new(1), Box::new('x'), Box::new(2.5), Box::new("s"), Box::new(Temp(21.25))];
    for it in &items {
        print!("{} ", it);
    }
    println!();
    let strs: Vec<String> = items.iter().map(|d| d.to_string()).collect();
    println!("{:?}", strs);
    println!("{} {}", show(&7u8), show(&Temp(-3.0)));
    println!("|{:>6}|{:<6}|{:^6}|", &12 as &dyn Display, &"ab" as &dyn Display, &'z' as &dyn Display);
    let dbg: Vec<&dyn Debug> = vec![&1, &"q", &Pair { a: 1, b: "p" }, &Temp(5.0), &Some(2)];
    println!("{:?}", dbg);
    println!("{:#?}", dbg[2]);
    println!("{:#?}", dbg[3]);
    let boxed: Box<dyn Debug> = Box::new(vec![(1, 'a')]);
    println!("{:?} {:#?}", boxed, boxed);
    let l: Box<dyn Labeled> = Box::new(Temp(9.5));
    println!("{} | {:?} | {} | {}", l, l, l.label(), l.to_string());
    let r: &dyn Labeled = l.as_ref();
    println!("{}", r);
    println!("{} {}", pick(true), pick(false));
}
