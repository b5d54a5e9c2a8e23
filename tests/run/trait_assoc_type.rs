// Associated types in traits, used through generic bounds.
trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn size(&self) -> usize;
}

struct Bag {
    items: Vec<String>,
}

impl Container for Bag {
    type Item = String;
    fn get(&self, i: usize) -> Option<&String> {
        self.items.get(i)
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

struct Digits(u64);

impl Container for Digits {
    type Item = u64;
    fn get(&self, _i: usize) -> Option<&u64> {
        Some(&self.0)
    }
    fn size(&self) -> usize {
        1
    }
}

fn dump<C: Container>(c: &C) -> String
where
    C::Item: std::fmt::Debug,
{
    let mut out = Vec::new();
    for i in 0..c.size() {
        out.push(format!("{:?}", c.get(i).unwrap()));
    }
    out.join(",")
}

trait Convert {
    type Output;
    fn convert(&self) -> Self::Output;
}

impl Convert for i32 {
    type Output = String;
    fn convert(&self) -> String {
        format!("#{}", self)
    }
}

impl Convert for bool {
    type Output = u8;
    fn convert(&self) -> u8 {
        *self as u8
    }
}

fn main() {
    let b = Bag { items: vec!["x".into(), "y".into()] };
    println!("{} {:?}", dump(&b), b.first());
    println!("{}", dump(&Digits(99)));
    println!("{} {}", 5.convert(), true.convert());
}
