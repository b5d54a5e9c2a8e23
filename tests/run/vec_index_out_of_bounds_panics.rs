// Indexing a Vec past its length panics.
fn main() {
    let mut v = Vec::new();
    for i in 0..3 {
        v.push(i * 10);
    }
    let mut i = 0;
    loop {
        println!("{}", v[i]);
        i += 1;
    }
}
