// Arithmetic mixing widths through explicit casts; u8 wrap-free math via u32; average and median.
fn mean(xs: &[u8]) -> f64 {
    let total: u32 = xs.iter().map(|&x| x as u32).sum();
    total as f64 / xs.len() as f64
}

fn median(xs: &mut Vec<i64>) -> f64 {
    xs.sort();
    let n = xs.len();
    if n % 2 == 1 { xs[n / 2] as f64 } else { (xs[n / 2 - 1] + xs[n / 2]) as f64 / 2.0 }
}

fn main() {
    let bytes = [200u8, 250, 100, 7];
    println!("{}", mean(&bytes));
    let s: u16 = bytes.iter().map(|&b| b as u16).sum();
    println!("{}", s);
    let mut v = vec![9, -2, 7, 4];
    println!("{}", median(&mut v));
    v.push(100);
    println!("{}", median(&mut v));
    let big: i64 = i32::MAX as i64 * 4;
    println!("{}", big);
    let p: u64 = (1..=15u64).product();
    println!("{}", p);
    let x: usize = 7;
    let y: isize = -3;
    println!("{}", x as isize * y);
    println!("{}", (x as f32 / 2.0).round() as usize);
}
