fn pick(n: u32) -> u32 {
    if n < 3 {
        return n * 10;
    }
    unreachable!("n = {}", n)
}

fn main() {
    println!("{}", pick(1));
    println!("{}", pick(7));
}
