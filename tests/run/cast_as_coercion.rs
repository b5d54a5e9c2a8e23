fn one() -> u32 { 1 }
fn twice(x: isize) -> isize { x * 2 }
fn show(s: &str) { println!("show {}", s); }
fn main() {
    let f = one as fn() -> u32;
    let g: fn(isize) -> isize = twice as fn(isize) -> isize;
    let h = show as fn(&str);
    let c = (|x: i32| x + 1) as fn(i32) -> i32;
    println!("{} {} {}", f(), g(21), c(4));
    h("hi");
    let a = [1, 2, 3];
    let s = &a as &[i32];
    println!("{:?} {}", s, s.len());
    let st = String::from("abc");
    let r = &st as &str;
    println!("{}", r);
    let fs = [one as fn() -> u32, || 7];
    println!("{}", fs[1]());
}
