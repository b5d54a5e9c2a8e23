// move closures take ownership; FnOnce closures may consume captured values.
fn run_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_greeter(name: String) -> Box<dyn Fn() -> String> {
    Box::new(move || format!("hi {}", name))
}

fn main() {
    let s = String::from("owned");
    let consume = move || {
        let mut t = s;
        t.push_str(" and consumed");
        t
    };
    println!("{}", run_once(consume));
    let add5 = make_adder(5);
    let add10 = make_adder(10);
    println!("{} {}", add5(1), add10(1));
    let g = make_greeter("bob".to_string());
    println!("{} {}", g(), g());
    let v = vec![1, 2, 3];
    let total = move || v.iter().sum::<i32>();
    println!("{}", total());
    let data = vec!["a".to_string(), "b".to_string()];
    let joined = run_once(|| data.join("+"));
    println!("{} {:?}", joined, data);
    let opt: Option<String> = Some("x".to_string());
    let r = opt.map(|s| s + "y").unwrap_or_else(|| "none".into());
    println!("{}", r);
}
