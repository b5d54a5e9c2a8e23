// `ref` bindings borrow the matched place instead of moving or copying it.
struct Pair {
    a: i32,
    b: i32,
}

fn main() {
    let p = Pair { a: 3, b: 4 };
    let Pair { ref a, b } = p;
    println!("{} {}", *a + 1, b);
    let t = (10, 20);
    match t {
        (ref x, y) if *x > 5 => println!("big {} {}", x, y),
        _ => println!("small"),
    }
    let n = 7;
    let ref r = n;
    println!("{}", *r * 2);
    let opt = Some(5);
    if let Some(ref v) = opt {
        println!("got {}", v);
    }
}
