// Recovery: one file reports several independent errors, each once.
fn a() {
    let x = ;
}

struct S { a: u8 b: u16 }

fn b() -> u8 {
    1 +
}

fn c() {
    let t = (1, 2 3);
}

impl S {
    fn d(&self) -> u8 { self.a }
    fn e(&self) -> { 0 }
}
