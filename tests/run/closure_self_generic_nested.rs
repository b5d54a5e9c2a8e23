// Closures capturing `self`, inside generic functions (one closure type per instance) and nested
// closures capturing through an enclosing closure's environment.
struct Acc { base: i64 }
impl Acc {
    fn scaled(&self, k: i64) -> i64 {
        let f = |x: i64| x * self.base;
        f(k)
    }
}
fn wrap<T: Copy + std::fmt::Debug>(v: T) -> String {
    let show = || format!("[{:?}]", v);
    show()
}
fn main() {
    let a = Acc { base: 3 };
    println!("{}", a.scaled(5));
    println!("{} {}", wrap(1u8), wrap("s"));
    let outer = 2;
    let f = |x: i32| { let g = |y: i32| y + outer; g(x) * outer };
    println!("{}", f(4));
}
