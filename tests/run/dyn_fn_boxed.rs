// Boxed and borrowed closures as `dyn Fn` trait objects: in Vecs, struct fields, returned from
// functions, called directly and through references; fn items boxed the same way.
fn double(x: i32) -> i32 {
    x * 2
}

fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + n)
}

fn make_greeter(name: String) -> Box<dyn Fn() -> String> {
    Box::new(move || format!("hello, {}", name))
}

fn apply_all(fs: &Vec<Box<dyn Fn(i32) -> i32>>, x: i32) -> i32 {
    let mut v = x;
    for f in fs {
        v = f(v);
    }
    v
}

fn call_ref(f: &dyn Fn(&str) -> usize, s: &str) -> usize {
    f(s)
}

struct Button {
    label: String,
    on_click: Box<dyn Fn(&str) -> String>,
}

fn main() {
    let offset = 100;
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(|x| x * x), Box::new(move |x| x - offset)];
    for f in &fs {
        print!("{} ", f(6));
    }
    println!();
    println!("{}", apply_all(&fs, 3));
    let add5 = make_adder(5);
    println!("{}", add5(10));
    let greet = make_greeter(String::from("rust"));
    println!("{}", greet());
    println!("{}", call_ref(&|s| s.len(), "four"));
    let mut more: Vec<Box<dyn Fn(i32) -> i32>> = Vec::new();
    more.push(Box::new(double));
    more.push(make_adder(-1));
    println!("{}", apply_all(&more, 20));
    let b = Button { label: String::from("ok"), on_click: Box::new(|who| format!("clicked by {}", who)) };
    println!("{}: {}", b.label, (b.on_click)("me"));
}
