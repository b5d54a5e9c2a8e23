// Boolean operators and short-circuit evaluation.
fn noisy(name: &str, v: bool) -> bool {
    println!("eval {}", name);
    v
}

fn main() {
    let t = true;
    let f = false;
    println!("{} {} {} {}", t && f, t || f, !t, !f);
    println!("{}", noisy("a", false) && noisy("b", true));
    println!("{}", noisy("c", true) || noisy("d", false));
    println!("{}", noisy("e", true) && noisy("f", true));
    println!("{}", noisy("g", false) || noisy("h", false));
    let x = 5;
    let in_range = x > 0 && x < 10;
    println!("{}", in_range);
    println!("{}", t == f);
    println!("{}", t != f);
    println!("{}", (t as i32) + (f as i32));
}
