// impl Trait in argument and return position, static dispatch through generics.
trait Greet {
    fn hello(&self) -> String;
}

struct En;
struct Fr;

impl Greet for En {
    fn hello(&self) -> String {
        "hello".into()
    }
}

impl Greet for Fr {
    fn hello(&self) -> String {
        "bonjour".into()
    }
}

fn twice(g: &impl Greet) -> String {
    format!("{0} {0}", g.hello())
}

fn loud<G: Greet>(g: G) -> String {
    g.hello().to_uppercase()
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|x| x % 2 == 0)
}

fn adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn main() {
    println!("{}", twice(&En));
    println!("{}", twice(&Fr));
    println!("{}", loud(Fr));
    println!("{:?}", evens(10).collect::<Vec<_>>());
    println!("{}", adder(3)(4));
}
