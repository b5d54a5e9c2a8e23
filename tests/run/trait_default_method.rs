// Traits with required and default methods; overriding defaults.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String {
        "...".to_string()
    }
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Dog;
struct Fish {
    id: u32,
}

impl Animal for Dog {
    fn name(&self) -> String {
        "Dog".to_string()
    }
    fn sound(&self) -> String {
        "woof".to_string()
    }
}

impl Animal for Fish {
    fn name(&self) -> String {
        format!("Fish#{}", self.id)
    }
}

trait Shape {
    fn area(&self) -> f64;
    fn describe(&self) -> String {
        format!("shape with area {:.2}", self.area())
    }
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn describe(&self) -> String {
        format!("square {}", self.0)
    }
}

struct Circ(f64);

impl Shape for Circ {
    fn area(&self) -> f64 {
        3.14159 * self.0 * self.0
    }
}

fn main() {
    println!("{}", Dog.speak());
    println!("{}", Fish { id: 7 }.speak());
    println!("{}", Sq(2.0).describe());
    println!("{}", Circ(1.0).describe());
}
