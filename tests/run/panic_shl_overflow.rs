fn main() {
    for s in 28..40 {
        println!("{}", 1u32 << s);
    }
}
