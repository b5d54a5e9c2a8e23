// Indexing a Vec past its end panics with rustc's bounds message (exit 101).
fn main() {
    let mut zeros = vec![0u32; 4];
    zeros[1] = 7;
    println!("{} {}", zeros.len(), zeros[1]);
    let idx = 7;
    println!("{}", zeros[idx]);
}
