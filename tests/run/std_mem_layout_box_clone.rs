// std::mem::size_of_val/align_of/align_of_val with rustc's layouts, and Box::clone (a new box).
use std::mem;
struct P { a: u8, b: u32, c: u16 }
fn main() {
    let b = Box::new(5);
    let mut c = b.clone();
    *c += 1;
    println!("{} {}", b, c);
    let x = 5u64;
    let p = P { a: 1, b: 2, c: 3 };
    let arr = [1u16; 7];
    println!("{} {} {}", mem::size_of_val(&x), mem::size_of_val(&p), std::mem::size_of_val(&arr));
    println!("{} {} {} {}", mem::align_of::<u64>(), mem::align_of::<P>(), std::mem::align_of::<(u8, u16)>(), mem::align_of_val(&p));
    println!("{} {}", mem::size_of_val(&3), p.a as u32 + p.b + p.c as u32);
}
