// `&v[n..]` with n past the end panics with rustc's "range start index" message.
fn tail(v: &Vec<i32>, n: usize) -> &[i32] {
    &v[n..]
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{:?}", tail(&v, 3));
    println!("{:?}", tail(&v, 4));
}
