// Trait objects, generics, iterators and formatting combined: an inventory report.
use std::collections::BTreeMap;
use std::fmt;

trait Item: fmt::Display {
    fn price_cents(&self) -> u64;
    fn category(&self) -> &'static str;
}

struct Book {
    title: String,
    pages: u32,
}

struct Gadget {
    name: String,
    watts: f32,
}

impl fmt::Display for Book {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "\"{}\" ({} pages)", self.title, self.pages)
    }
}

impl fmt::Display for Gadget {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} [{:.1} W]", self.name, self.watts)
    }
}

impl Item for Book {
    fn price_cents(&self) -> u64 {
        500 + self.pages as u64 * 3
    }
    fn category(&self) -> &'static str {
        "books"
    }
}

impl Item for Gadget {
    fn price_cents(&self) -> u64 {
        (self.watts * 250.0) as u64
    }
    fn category(&self) -> &'static str {
        "gadgets"
    }
}

fn money(c: u64) -> String {
    format!("${}.{:02}", c / 100, c % 100)
}

fn main() {
    let items: Vec<Box<dyn Item>> = vec![
        Box::new(Book { title: "Rust".into(), pages: 550 }),
        Box::new(Gadget { name: "Lamp".into(), watts: 9.5 }),
        Box::new(Book { title: "C".into(), pages: 272 }),
        Box::new(Gadget { name: "Fan".into(), watts: 35.0 }),
    ];
    let mut by_cat: BTreeMap<&str, Vec<&Box<dyn Item>>> = BTreeMap::new();
    for it in &items {
        by_cat.entry(it.category()).or_default().push(it);
    }
    for (cat, list) in &by_cat {
        println!("== {} ==", cat);
        for it in list {
            println!("  {:<28} {:>8}", it.to_string(), money(it.price_cents()));
        }
        let sub: u64 = list.iter().map(|i| i.price_cents()).sum();
        println!("  {:<28} {:>8}", "subtotal", money(sub));
    }
    let total: u64 = items.iter().map(|i| i.price_cents()).sum();
    println!("total {}", money(total));
}
