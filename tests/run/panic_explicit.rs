fn check(n: i32) {
    if n > 2 {
        panic!("n was too big: {}", n);
    }
    println!("ok {}", n);
}

fn main() {
    for i in 0..5 {
        check(i);
    }
}
