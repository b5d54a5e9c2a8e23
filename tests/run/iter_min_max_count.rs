// min, max, min_by_key, max_by, count and their tie-breaking.
fn main() {
    let v: [i32; 6] = [4, -2, 9, 9, -7, 3];
    println!("{:?} {:?}", v.iter().min(), v.iter().max());
    println!("{:?}", v.iter().max_by_key(|x| x.abs()));
    println!("{:?}", v.iter().min_by_key(|x| x.abs()));
    let words = ["bb", "a", "ccc", "dd", "e"];
    println!("{:?} {:?}", words.iter().max_by_key(|w| w.len()), words.iter().min_by_key(|w| w.len()));
    println!("{:?}", words.iter().max_by(|a, b| a.len().cmp(&b.len())));
    println!("{:?}", words.iter().enumerate().max_by_key(|(_, w)| w.len()).map(|(i, _)| i));
    let fs = [2.5f64, -1.0, 7.25];
    println!("{:?}", fs.iter().cloned().fold(f64::NAN, f64::max));
    println!("{:?}", fs.iter().max_by(|a, b| a.partial_cmp(b).unwrap()));
    println!("{}", v.iter().filter(|&&x| x > 0).count());
    let e: Vec<i32> = vec![];
    println!("{:?}", e.iter().max());
    println!("{:?}", "hello world".chars().max());
}
