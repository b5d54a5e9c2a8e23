// Vec::remove with an index past the end panics with its own message.
fn main() {
    let mut v = vec!['a', 'b', 'c'];
    println!("{}", v.remove(1));
    println!("{:?}", v);
    let idx = v.len() + 3;
    v.remove(idx);
}
