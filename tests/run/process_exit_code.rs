// std::process::exit ends the program with a code; later code never runs.
fn check(n: i32) -> i32 {
    if n > 3 {
        println!("too big: {}", n);
        std::process::exit(3);
    }
    n * 2
}

fn main() {
    for i in 0..10 {
        println!("{}", check(i));
    }
    println!("unreachable");
}
