// Default methods call required ones; an impl may override a default.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String {
        String::from("...")
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
        String::from("Dog")
    }
    fn sound(&self) -> String {
        String::from("woof")
    }
}

impl Animal for Fish {
    fn name(&self) -> String {
        format!("Fish#{}", self.id)
    }
}

fn main() {
    let d = Dog;
    println!("{}", d.speak());
    let f = Fish { id: 7 };
    println!("{}", f.speak());
    println!("{}", f.sound());
}
