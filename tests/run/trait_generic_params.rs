// Generic traits: `trait Tr<T>`, impls selected by the trait's type arguments, bounds
// `T: Tr<U>`, default methods that use the trait parameter.
trait Scale<T> {
    fn scale(&self, by: T) -> Self;
    fn twice(&self, by: T) -> Self
    where
        Self: Sized,
        T: Copy,
    {
        self.scale(by).scale(by)
    }
}

#[derive(Debug, Clone, Copy)]
struct Meters(f64);

impl Scale<f64> for Meters {
    fn scale(&self, by: f64) -> Meters {
        Meters(self.0 * by)
    }
}

impl Scale<u32> for Meters {
    fn scale(&self, by: u32) -> Meters {
        Meters(self.0 * by as f64 + 0.5)
    }
}

trait Convert<Out> {
    fn convert(&self) -> Out;
}

struct Celsius(i32);

impl Convert<i64> for Celsius {
    fn convert(&self) -> i64 {
        self.0 as i64 * 9 / 5 + 32
    }
}

impl Convert<String> for Celsius {
    fn convert(&self) -> String {
        format!("{} C", self.0)
    }
}

fn apply<S: Scale<T>, T: Copy>(s: &S, by: T) -> S {
    s.twice(by)
}

fn show<C: Convert<String>>(c: &C) -> String {
    c.convert()
}

trait Container<Item> {
    fn put(&mut self, item: Item);
    fn size(&self) -> usize;
    fn put_all(&mut self, a: Item, b: Item) -> usize {
        self.put(a);
        self.put(b);
        self.size()
    }
}

struct Bag {
    items: Vec<char>,
}

impl Container<char> for Bag {
    fn put(&mut self, item: char) {
        self.items.push(item);
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let m = Meters(1.5);
    let a: Meters = m.scale(2.0);
    let b: Meters = m.scale(3u32);
    println!("{:?} {:?}", a, b);
    println!("{:?}", apply(&m, 10.0));
    println!("{:?}", apply(&m, 2u32));
    let c = Celsius(100);
    let f: i64 = c.convert();
    let s: String = c.convert();
    println!("{} / {}", f, s);
    println!("{}", show(&Celsius(-40)));
    let mut bag = Bag { items: Vec::new() };
    println!("{}", bag.put_all('x', 'y'));
    println!("{:?}", bag.items);
}
