// rustg-flags: --analyze
mod a {
    fn hidden() -> i32 {
        1
    }
    pub fn shown() -> i32 {
        hidden()
    }
}

fn main() {
    println!("{}", a::shown() + a::hidden());
}
