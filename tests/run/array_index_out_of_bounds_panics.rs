// Indexing past the end of an array panics with the length and index.
fn get(a: [i32; 4], i: usize) -> i32 {
    a[i]
}

fn main() {
    let a = [1, 2, 3, 4];
    for i in 0..6 {
        println!("{}", get(a, i));
    }
}
