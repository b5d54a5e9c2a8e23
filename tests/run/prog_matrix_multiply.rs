// Matrix multiplication, transpose and power with Vec<Vec<i64>>; checks associativity.
type M = Vec<Vec<i64>>;

fn mul(a: &M, b: &M) -> M {
    let n = a.len();
    let m = b[0].len();
    let k = b.len();
    let mut c = vec![vec![0; m]; n];
    for i in 0..n {
        for j in 0..m {
            for t in 0..k {
                c[i][j] += a[i][t] * b[t][j];
            }
        }
    }
    c
}

fn identity(n: usize) -> M {
    (0..n).map(|i| (0..n).map(|j| if i == j { 1 } else { 0 }).collect()).collect()
}

fn pow(a: &M, mut e: u32) -> M {
    let mut base = a.clone();
    let mut r = identity(a.len());
    while e > 0 {
        if e & 1 == 1 {
            r = mul(&r, &base);
        }
        base = mul(&base, &base);
        e >>= 1;
    }
    r
}

fn transpose(a: &M) -> M {
    (0..a[0].len()).map(|j| a.iter().map(|row| row[j]).collect()).collect()
}

fn main() {
    let a: M = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let b: M = vec![vec![7, 8], vec![9, 10], vec![11, 12]];
    let c = mul(&a, &b);
    println!("{:?}", c);
    println!("{:?}", transpose(&a));
    let fib = vec![vec![1, 1], vec![1, 0]];
    println!("{:?}", pow(&fib, 50));
    let x: M = vec![vec![2, -1], vec![0, 3]];
    let y: M = vec![vec![1, 4], vec![-2, 5]];
    let z: M = vec![vec![0, 1], vec![1, 1]];
    println!("{}", mul(&mul(&x, &y), &z) == mul(&x, &mul(&y, &z)));
    for row in pow(&x, 5) {
        println!("{}", row.iter().map(|v| format!("{:6}", v)).collect::<String>());
    }
}
