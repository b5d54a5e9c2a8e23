// Comparison operators on signed and unsigned integers.
fn main() {
    let pairs = [(1, 2), (2, 2), (3, 2), (-5, 4), (0, -1)];
    let mut i = 0;
    while i < 5 {
        let (a, b) = pairs[i];
        println!("{} {}: < {} <= {} > {} >= {} == {} != {}", a, b, a < b, a <= b, a > b, a >= b, a == b, a != b);
        i += 1;
    }
    let x: u64 = 18446744073709551615;
    let y: u64 = 1;
    println!("{}", x > y);
    let m: i8 = -128;
    println!("{}", m < 0);
}
