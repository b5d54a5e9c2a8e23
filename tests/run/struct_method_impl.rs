// impl blocks: &self, &mut self, self methods and associated functions.
struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    fn new(step: u32) -> Counter {
        Counter { count: 0, step }
    }

    fn tick(&mut self) {
        self.count += self.step;
    }

    fn get(&self) -> u32 {
        self.count
    }

    fn reset(self) -> Counter {
        Counter { count: 0, step: self.step }
    }
}

struct Circle {
    r: f64,
}

impl Circle {
    const PI: f64 = 3.14159;

    fn area(&self) -> f64 {
        Self::PI * self.r * self.r
    }

    fn scaled(&self, k: f64) -> Self {
        Self { r: self.r * k }
    }
}

fn main() {
    let mut c = Counter::new(3);
    c.tick();
    c.tick();
    println!("{}", c.get());
    let c = c.reset();
    println!("{} {}", c.get(), c.step);
    let k = Circle { r: 2.0 };
    println!("{}", k.area());
    println!("{}", k.scaled(0.5).area());
}
