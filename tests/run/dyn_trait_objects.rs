// Trait objects: &dyn, &mut dyn and Box<dyn> of user traits, vtable calls of own, default and
// supertrait methods, heterogeneous Vec<Box<dyn Trait>>, and objects passed and returned.
trait Named {
    fn name(&self) -> String;
}

trait Shape: Named {
    fn area(&self) -> f64;
    fn scale(&mut self, k: f64);
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}

impl Named for Circle {
    fn name(&self) -> String {
        String::from("circle")
    }
}
impl Named for Rect {
    fn name(&self) -> String {
        format!("rect {}x{}", self.w, self.h)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
    fn describe(&self) -> String {
        format!("a {}", self.name())
    }
}

trait Counter {
    fn bump(&mut self) -> u32;
}

struct Clicks(u32);

impl Counter for Clicks {
    fn bump(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

fn total(shapes: &Vec<Box<dyn Shape>>) -> f64 {
    let mut t = 0.0;
    for s in shapes {
        t += s.area();
    }
    t
}

fn show(s: &dyn Shape) {
    println!("show: {}", s.describe());
}

fn make(kind: u8) -> Box<dyn Shape> {
    if kind == 0 {
        return Box::new(Circle { r: 1.0 });
    }
    Box::new(Rect { w: 2.0, h: kind as f64 })
}

fn bump_twice(c: &mut dyn Counter) -> u32 {
    c.bump();
    c.bump()
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 2.0 }), Box::new(Rect { w: 3.0, h: 5.0 })];
    shapes.push(make(0));
    shapes.push(make(4));
    for s in &shapes {
        println!("{} -> {}", s.name(), s.area());
        println!("  {}", s.describe());
    }
    println!("total {}", total(&shapes));
    for s in shapes.iter_mut() {
        s.scale(2.0);
    }
    println!("scaled total {}", total(&shapes));
    let c = Circle { r: 0.5 };
    show(&c);
    let r: &dyn Shape = &Rect { w: 1.5, h: 2.0 };
    show(r);
    let named: &dyn Named = &c;
    println!("{}", named.name());
    let mut k = Clicks(10);
    println!("{}", bump_twice(&mut k));
    let mut boxed: Box<dyn Counter> = Box::new(Clicks(0));
    boxed.bump();
    println!("{}", boxed.bump());
}
