// unwrap on None panics.
fn find(v: &[i32], x: i32) -> Option<usize> {
    v.iter().position(|&y| y == x)
}

fn main() {
    let v = [3, 5, 7];
    println!("{}", find(&v, 5).unwrap());
    println!("{}", find(&v, 4).unwrap());
}
