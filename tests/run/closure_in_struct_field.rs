// Closures stored in struct fields: a generic field F: Fn, and a Vec of boxed callbacks.
struct Filter<F: Fn(i32) -> bool> {
    pred: F,
    name: &'static str,
}

impl<F: Fn(i32) -> bool> Filter<F> {
    fn apply(&self, xs: &[i32]) -> Vec<i32> {
        xs.iter().copied().filter(|&x| (self.pred)(x)).collect()
    }
}

struct EventBus {
    handlers: Vec<Box<dyn Fn(&str) -> String>>,
}

impl EventBus {
    fn emit(&self, e: &str) {
        for (i, h) in self.handlers.iter().enumerate() {
            println!("handler {}: {}", i, h(e));
        }
    }
}

fn main() {
    let limit = 4;
    let f = Filter { pred: move |x| x > limit, name: "big" };
    println!("{} {:?}", f.name, f.apply(&[1, 5, 3, 8, 4]));
    let g = Filter { pred: |x: i32| x % 2 == 0, name: "even" };
    println!("{} {:?}", g.name, g.apply(&[1, 5, 3, 8, 4]));
    let prefix = String::from(">>");
    let bus = EventBus { handlers: vec![Box::new(|e| e.to_uppercase()), Box::new(move |e| format!("{} {}", prefix, e)), Box::new(|e| e.len().to_string())] };
    bus.emit("click");
}
