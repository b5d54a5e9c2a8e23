// Reductions: sum, product, fold, reduce, count.
fn main() {
    let v = [3, 1, 4, 1, 5, 9, 2, 6];
    let s: i32 = v.iter().sum();
    let p: i64 = v.iter().map(|&x| x as i64).product();
    println!("{} {}", s, p);
    let f = v.iter().fold(0, |acc, x| acc * 10 + x);
    println!("{}", f);
    let r = v.iter().copied().reduce(|a, b| if a > b { a } else { b });
    println!("{:?}", r);
    let empty: [i32; 0] = [];
    println!("{:?} {}", empty.iter().copied().reduce(|a, b| a + b), empty.iter().sum::<i32>());
    println!("{}", (1..=10).product::<u64>());
    println!("{}", (1..=100).filter(|n| n % 7 == 0).count());
    let text = "one two three four";
    let longest = text.split(' ').fold("", |best, w| if w.len() > best.len() { w } else { best });
    println!("{}", longest);
    let fs = [0.5, 0.25, 0.125];
    println!("{}", fs.iter().sum::<f64>());
    let sentence = ["a", "b", "c"].iter().fold(String::new(), |mut acc, s| {
        if !acc.is_empty() {
            acc.push('/');
        }
        acc.push_str(s);
        acc
    });
    println!("{}", sentence);
    let r = (1..=5).try_fold(0i32, |acc, x| acc.checked_add(x));
    println!("{:?}", r);
}
