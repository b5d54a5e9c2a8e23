// A `use` of a std function: the imported name is the full path.
use std::process::exit;

fn check(x: i32) {
    if x > 2 {
        println!("too big: {}", x);
        exit(3);
    }
    println!("ok {}", x);
}

fn main() {
    for i in 0..5 {
        check(i);
    }
}
