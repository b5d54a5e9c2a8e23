// Associated functions in traits: `T::new()`, `Self::` calls and `Type::f()` through an impl.
trait Counter {
    fn start() -> Self;
    fn step(&self) -> Self;
    fn value(&self) -> i32;
}

struct ByOne {
    n: i32,
}

struct ByTen {
    n: i32,
}

impl Counter for ByOne {
    fn start() -> Self {
        ByOne { n: 0 }
    }
    fn step(&self) -> Self {
        ByOne { n: self.n + 1 }
    }
    fn value(&self) -> i32 {
        self.n
    }
}

impl Counter for ByTen {
    fn start() -> Self {
        ByTen { n: 100 }
    }
    fn step(&self) -> Self {
        ByTen { n: self.n + 10 }
    }
    fn value(&self) -> i32 {
        self.n
    }
}

fn run<T: Counter>(steps: u32) -> i32 {
    let mut c = T::start();
    for _ in 0..steps {
        c = c.step();
    }
    c.value()
}

fn main() {
    println!("{}", run::<ByOne>(3));
    println!("{}", run::<ByTen>(4));
    let c = ByOne::start();
    println!("{}", c.step().step().value());
}
