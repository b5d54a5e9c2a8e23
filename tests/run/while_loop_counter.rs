// while loops: counting, accumulating and digit extraction.
fn main() {
    let mut i = 0;
    let mut sum = 0;
    while i <= 100 {
        sum += i;
        i += 1;
    }
    println!("sum {}", sum);
    let mut n: u64 = 9876543210;
    let mut digits = 0;
    let mut dsum = 0;
    while n > 0 {
        dsum += n % 10;
        n /= 10;
        digits += 1;
    }
    println!("digits {} dsum {}", digits, dsum);
    let mut p = 1;
    while p < 1000 {
        p *= 3;
    }
    println!("p {}", p);
    let mut never = 0;
    while false {
        never += 1;
    }
    println!("never {}", never);
}
