// A supertrait's methods are callable through the subtrait's bound and in its default bodies.
trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) -> String {
        format!("Hello, {}!", self.name())
    }
}

struct Person {
    first: String,
}

impl Named for Person {
    fn name(&self) -> String {
        self.first.clone()
    }
}

impl Greeter for Person {}

fn welcome<T: Greeter>(x: &T) {
    println!("{} ({})", x.greet(), x.name());
}

fn main() {
    let p = Person { first: String::from("Ada") };
    println!("{}", p.greet());
    welcome(&p);
}
