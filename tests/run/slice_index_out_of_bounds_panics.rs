// Indexing a slice past its end panics with the length and index.
fn get(xs: &[u8], i: usize) -> u8 {
    xs[i]
}

fn main() {
    let v = vec![1u8, 2, 3];
    println!("{}", get(&v, 2));
    println!("{}", get(&v[1..], 2));
}
