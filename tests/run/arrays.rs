const N: usize = 5;

fn total(a: &[i64; N]) -> i64 {
    let mut s = 0;
    for x in a.iter() {
        s += x;
    }
    s
}

fn main() {
    let mut a = [0i64; N];
    for i in 0..N {
        a[i] = (i * i) as i64;
    }
    println!("{:?} {}", a, total(&a));
    let mut b = [3, 1, 4, 1, 5, 9, 2, 6];
    // bubble sort
    let n = b.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if b[j] > b[j + 1] {
                let t = b[j];
                b[j] = b[j + 1];
                b[j + 1] = t;
            }
        }
    }
    println!("{:?}", b);
    let words = ["alpha", "beta", "gamma"];
    for w in words {
        print!("{}:{} ", w, w.len());
    }
    println!();
    let m = [[1, 2, 3], [4, 5, 6]];
    let mut sum = 0;
    for row in &m {
        for v in row {
            sum += *v;
        }
    }
    println!("{} {:?}", sum, m);
    println!("{:#?}", [1.5, 2.0]);
    let empty: [i32; 0] = [];
    println!("{:?} {}", empty, empty.len());
    let mut counts = [0usize; 3];
    for x in b {
        counts[x % 3] += 1;
    }
    println!("{:?}", counts);
}
