// Matching through references: default binding modes, & patterns, ref and ref mut.
#[derive(Debug)]
struct P {
    x: i32,
    name: String,
}

fn main() {
    let v = vec![(1, 'a'), (2, 'b'), (3, 'c')];
    for &(n, c) in &v {
        print!("{}{} ", n, c);
    }
    println!();
    for (n, c) in &v {
        print!("{}{} ", n * 10, c);
    }
    println!();
    let mut p = P { x: 5, name: "pt".to_string() };
    match p {
        P { ref name, x } => println!("{} {}", name, x),
    }
    match &mut p {
        P { x, name } => {
            *x += 1;
            name.push('!');
        }
    }
    println!("{:?}", p);
    let P { ref mut x, .. } = p;
    *x *= 10;
    println!("{}", p.x);
    let r = &Some(3);
    match r {
        Some(n) => println!("some {}", n),
        None => println!("none"),
    }
    match *r {
        Some(ref n) if *n > 2 => println!("big {}", n),
        _ => println!("small"),
    }
    let nums = [1, 2, 3];
    let doubled: Vec<i32> = nums.iter().map(|&n| n * 2).collect();
    println!("{:?}", doubled);
}
