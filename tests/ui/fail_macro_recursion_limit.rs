// rustg-flags: --analyze
macro_rules! forever {
    ($e:expr) => {
        forever!($e + 1)
    };
}

fn main() {
    let x = forever!(0);
    println!("{}", x);
}
