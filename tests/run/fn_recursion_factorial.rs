// Recursive factorial on u64 and u128.
fn fact(n: u64) -> u64 {
    if n == 0 { 1 } else { n * fact(n - 1) }
}

fn fact128(n: u128) -> u128 {
    if n <= 1 { 1 } else { n * fact128(n - 1) }
}

fn main() {
    for i in 0..=20 {
        println!("{}! = {}", i, fact(i));
    }
    println!("30! = {}", fact128(30));
}
