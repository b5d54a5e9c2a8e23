// Macros in pattern, type and item position, `$crate` paths, and macros calling macros.
macro_rules! small {
    () => {
        0..=9
    };
}

macro_rules! int {
    () => {
        i64
    };
}

macro_rules! consts {
    ($($name:ident = $v:expr;)*) => {
        $(const $name: int!() = $v;)*
    };
}

pub fn helper() -> i64 {
    5
}

macro_rules! call_helper {
    () => {
        $crate::helper()
    };
}

consts! {
    A = 1;
    B = 2;
}

fn classify(n: i64) -> &'static str {
    match n {
        small!() => "small",
        _ => "big",
    }
}

fn main() {
    let v: int!() = A + B + call_helper!();
    println!("{} {} {}", v, classify(v), classify(v * 10));
}
