// Functions with the same name in different modules stay distinct.
mod english {
    pub fn greet() -> &'static str {
        "hello"
    }
    pub fn count() -> i32 {
        1
    }
}

mod french {
    pub fn greet() -> &'static str {
        "bonjour"
    }
    pub fn count() -> i32 {
        super::english::count() + 1
    }
}

fn greet() -> &'static str {
    "hi"
}

fn main() {
    println!("{} {} {}", greet(), english::greet(), french::greet());
    println!("{}", english::count() + french::count());
}
