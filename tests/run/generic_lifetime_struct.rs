// Lifetime parameters and arguments are erased: a struct borrowing a &str, its impl and a constructor.
struct Holder<'a> {
    name: &'a str,
    n: i32,
}

impl<'a> Holder<'a> {
    fn show(&self) -> String {
        format!("{}={}", self.name, self.n)
    }
}

fn make<'a>(s: &'a str) -> Holder<'a> {
    Holder { name: s, n: 3 }
}

fn main() {
    let h: Holder<'_> = make("x");
    println!("{}", h.show());
}
