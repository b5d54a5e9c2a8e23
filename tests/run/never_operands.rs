// A diverging expression (`return`, `break`, `panic!()`) used as an operand: `!` coerces to the
// type its context expects, and an otherwise unconstrained type falls back to `()`.
#![allow(unreachable_code)]
use std::ops::Add;
fn tail_return() -> isize {
    let x: isize = { return 1 };
    x
}
fn or_return(v: bool) -> bool {
    let x = v || return false;
    x
}
fn and_return(v: bool) -> i32 {
    let x = v && { return 5 };
    if x { 1 } else { 2 }
}
fn wsucc<T: Add<Output = T> + Copy>(n: T) -> T {
    n + { return n }
}
fn int_id(x: i32) -> i32 {
    x
}
fn break_arg() -> i32 {
    let mut n = 0;
    loop {
        n += 1;
        if n > 3 {
            int_id(break);
        }
    }
    n
}
fn option_fallback() -> Option<()> {
    let c = Some({ return None; });
    c
}
fn push_break() -> Vec<i32> {
    let mut v = vec![1];
    loop {
        v.push(break)
    }
    v
}
fn tuple_return() -> i32 {
    let t = (1, { return 7 });
    t.0
}
fn array_return(k: i32) -> i32 {
    let a = [k, if k > 2 { return 9 } else { k }];
    a[0] + a[1]
}
fn match_return() -> isize {
    match return 3 {
        2 => 4,
        _ => panic!(),
    }
}
fn if_return() -> u8 {
    if (return 6) {}
    0
}
fn main() {
    println!("{} {} {} {}", tail_return(), or_return(true), or_return(false), wsucc(3));
    println!("{} {}", and_return(true), and_return(false));
    println!("{} {:?} {:?} {}", break_arg(), option_fallback(), push_break(), tuple_return());
    println!("{} {} {} {}", array_return(1), array_return(5), match_return(), if_return());
    let s: String = if true { String::from("x") } else { panic!() };
    println!("{}", s);
}
