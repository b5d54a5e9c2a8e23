// Integer remainder by zero panics with its own message.
fn main() {
    let ds: [u64; 3] = [4, 1, 0];
    for d in ds {
        println!("{}", 17 % d);
    }
}
