// rustg-flags: --analyze
// The compile subset's passes accept this program without diagnostics.
const N: u32 = 10;

fn sum_to(n: u32) -> u32 {
    let mut s = 0;
    for i in 1..=n {
        s += i;
    }
    s
}

fn main() {
    let x = sum_to(N);
    println!("{x} {:>5} {:.2}", x * 2, 1.0 / 3.0);
}
