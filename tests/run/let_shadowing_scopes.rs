// Shadowing with let, changing types, and inner scopes.
fn main() {
    let x = 5;
    let x = x + 1;
    {
        let x = x * 2;
        println!("inner {}", x);
    }
    println!("outer {}", x);
    let s = "42";
    let s: i32 = s.len() as i32;
    println!("{}", s);
    let y;
    if x > 3 {
        y = 1;
    } else {
        y = 2;
    }
    println!("{}", y);
    let (a, b) = (1, 2);
    let (a, b) = (b, a);
    println!("{} {}", a, b);
    let _unused = 99;
    let z = {
        let t = 10;
        t * t
    };
    println!("{}", z);
}
