// A slice range whose start is after its end panics.
fn window(v: &[u32], from: usize, to: usize) -> &[u32] {
    &v[from..to]
}

fn main() {
    let v = [10, 20, 30, 40];
    println!("{:?}", window(&v, 1, 3));
    println!("{:?}", window(&v, 3, 2));
}
