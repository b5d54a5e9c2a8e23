// Items declared inside function bodies: fns, structs, consts.
fn outer(n: u32) -> u32 {
    const BASE: u32 = 100;
    fn helper(x: u32) -> u32 {
        x * 2
    }
    struct Acc {
        total: u32,
    }
    let mut a = Acc { total: BASE };
    for i in 0..n {
        a.total += helper(i);
    }
    a.total
}

fn main() {
    println!("{}", outer(0));
    println!("{}", outer(5));
    fn local_square(x: i64) -> i64 {
        x * x
    }
    println!("{}", local_square(-12));
    enum Local {
        A,
        B(u8),
    }
    let xs = [Local::A, Local::B(9)];
    for x in xs {
        match x {
            Local::A => println!("A"),
            Local::B(n) => println!("B {}", n),
        }
    }
}
