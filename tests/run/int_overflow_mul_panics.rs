// Debug builds panic on i32 multiplication overflow.
fn main() {
    let mut x: i32 = 1;
    for i in 0..40 {
        x *= 3;
        println!("3^{} = {}", i + 1, x);
    }
}
