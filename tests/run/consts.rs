const LIMIT: u32 = 10;
const GREETING: &str = "hi";
static SCALE: f64 = 2.5;
const SQUARES: u64 = 3 * 3 + 4 * 4;

fn main() {
    let mut sum = 0;
    for i in 0..LIMIT {
        sum += i;
    }
    println!("{} {} {} {}", sum, GREETING, SCALE * 2.0, SQUARES);
}
