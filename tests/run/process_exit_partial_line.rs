// process::exit from a nested call with an unfinished line of output on stdout.
fn finish(code: i32) -> ! {
    print!("exiting with {}", code);
    std::process::exit(code)
}

fn main() {
    let mut total = 0;
    for i in 1..10 {
        total += i;
        println!("total {}", total);
        if total > 20 {
            finish(42);
        }
    }
}
