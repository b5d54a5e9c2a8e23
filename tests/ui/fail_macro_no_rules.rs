// rustg-flags: --analyze
macro_rules! pair {
    ($a:expr, $b:expr) => {
        ($a, $b)
    };
}

fn main() {
    let p = pair!(1, 2);
    let q = pair!(1; 2);
    let r = pair!(1,);
    println!("{:?} {:?} {:?}", p, q, r);
}
