fn main() {
    let mut d = 3;
    while d >= 0 {
        println!("{}", 10 % d);
        d -= 1;
    }
}
