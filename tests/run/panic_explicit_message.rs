// panic! with a plain message after some output; eprintln! output precedes the panic on stderr.
fn check(n: i32) {
    eprintln!("checking {}", n);
    if n > 2 {
        panic!("n is too large");
    }
    println!("n = {}", n);
}

fn main() {
    for i in 0..5 {
        check(i);
    }
}
