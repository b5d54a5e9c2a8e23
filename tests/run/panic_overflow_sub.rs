fn main() {
    let mut n: u32 = 3;
    loop {
        println!("{}", n);
        n -= 1;
    }
}
