fn main() {
    println!("Hello, world!");
    print!("no newline, ");
    print!("then one\n");
    println!();
    println!("{{escaped braces}} and {}", "an argument");
}
