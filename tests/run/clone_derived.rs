// .clone() of derive(Clone) structs and enums (also generic), Option/Result, tuples, arrays,
// Vecs and Boxes: deep copies, so changing the original leaves the clone as it was.
#[derive(Debug, Clone, PartialEq)]
struct Point<T> {
    x: T,
    y: T,
}

#[derive(Debug, Clone)]
enum Shape {
    Dot(Point<i32>),
    Path(Vec<Point<i32>>, String),
    Empty,
}

#[derive(Debug, Clone)]
struct Doc {
    title: String,
    tags: Vec<String>,
    body: Box<Shape>,
    meta: Option<(u32, String)>,
}

struct Manual {
    n: i32,
}

impl Clone for Manual {
    fn clone(&self) -> Self {
        println!("manual clone of {}", self.n);
        Manual { n: self.n + 1 }
    }
}

#[derive(Clone)]
struct Holder {
    m: Manual,
}

fn dup<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn main() {
    let p = Point { x: 1.5, y: -2.0 };
    let q = p.clone();
    println!("{:?} {}", q, p == q);
    let mut d = Doc {
        title: String::from("notes"),
        tags: vec![String::from("a"), String::from("b")],
        body: Box::new(Shape::Path(vec![Point { x: 1, y: 2 }], String::from("p"))),
        meta: Some((7, String::from("m"))),
    };
    let e = d.clone();
    d.title.push_str("!");
    d.tags.push(String::from("c"));
    d.tags[0].push('x');
    d.body = Box::new(Shape::Empty);
    println!("{:?}", d);
    println!("{:?}", e);
    let r: Result<i32, String> = Err(String::from("bad"));
    let r2 = r.clone();
    println!("{:?} {:?}", r, r2);
    let shapes = vec![Shape::Dot(Point { x: 3, y: 4 }), Shape::Empty];
    let copy = shapes.clone();
    println!("{:?}", copy);
    let arr = [String::from("x"), String::from("y")];
    let arr2 = arr.clone();
    println!("{:?} {:?}", arr, arr2);
    let t = (1, String::from("one"), vec![1.0, 2.0]);
    let (a, b) = dup(&t);
    println!("{:?} {:?}", a, b);
    let h = Holder { m: Manual { n: 1 } };
    let h2 = h.clone();
    println!("{} {}", h.m.n, h2.m.n);
    let pr = &p;
    let pc = pr.clone();
    println!("{:?}", pc);
}
