// Nested while loops print a multiplication table with manual padding.
fn main() {
    let mut i = 1;
    while i <= 9 {
        let mut j = 1;
        while j <= 9 {
            let p = i * j;
            if p < 10 {
                print!(" ");
            }
            print!("{} ", p);
            j += 1;
        }
        println!();
        i += 1;
    }
}
