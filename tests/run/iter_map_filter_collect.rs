// Iterator adaptors map and filter with collect into Vec and String.
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    let squares: Vec<i32> = v.iter().map(|x| x * x).collect();
    println!("{:?}", squares);
    let evens: Vec<&i32> = v.iter().filter(|x| *x % 2 == 0).collect();
    println!("{:?}", evens);
    let odd_sq: Vec<i32> = v.iter().filter(|&&x| x % 2 == 1).map(|&x| x * x).collect();
    println!("{:?}", odd_sq);
    let fm: Vec<i32> = v.iter().filter_map(|&x| if x % 3 == 0 { Some(x * 100) } else { None }).collect();
    println!("{:?}", fm);
    let parsed: Vec<i32> = "4 x 8 15 y".split(' ').filter_map(|s| s.parse().ok()).collect();
    println!("{:?}", parsed);
    let s: String = vec!["a", "b", "c"].into_iter().map(|s| s.to_uppercase()).collect();
    println!("{}", s);
    let owned: Vec<String> = v.iter().take(3).map(|n| format!("<{}>", n)).collect();
    println!("{:?}", owned);
    let consumed: Vec<i32> = v.into_iter().map(|x| x - 1).collect();
    println!("{:?}", consumed);
    let boxes = [3, 1, 2].map(|x| x * 2);
    println!("{:?}", boxes);
    let inspected: i32 = [1, 2, 3].iter().inspect(|x| print!("saw {} ", x)).sum();
    println!("-> {}", inspected);
}
