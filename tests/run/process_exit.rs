fn main() {
    println!("before exit");
    std::process::exit(3);
}
