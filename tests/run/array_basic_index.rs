// Arrays: literals, indexing, mutation, len, iteration, equality.
fn main() {
    let a = [10, 20, 30, 40, 50];
    println!("{} {} {}", a[0], a[4], a.len());
    let mut b = [0u8; 6];
    let mut i = 0;
    while i < b.len() {
        b[i] = (i * i) as u8;
        i += 1;
    }
    println!("{:?}", b);
    let mut sum = 0;
    for x in a {
        sum += x;
    }
    println!("sum {}", sum);
    for x in &b {
        print!("{} ", x);
    }
    println!();
    let c = [1, 2, 3];
    let d = [1, 2, 3];
    println!("{}", c == d);
    let e: [i64; 0] = [];
    println!("{}", e.len());
    let idx = 2;
    println!("{}", a[idx + 1]);
}
