// Result combinators and conversions.
fn check(x: i32) -> Result<i32, String> {
    if x >= 0 { Ok(x) } else { Err(format!("negative: {}", x)) }
}

fn main() {
    let good = check(5);
    let bad = check(-2);
    println!("{:?} {:?}", good, bad);
    println!("{} {}", good.is_ok(), bad.is_err());
    println!("{:?}", good.clone().map(|x| x * 10));
    println!("{:?}", bad.clone().map_err(|e| e.len()));
    println!("{:?}", good.clone().and_then(|x| check(x - 10)));
    println!("{:?}", bad.clone().or_else(|_| check(0)));
    println!("{} {}", good.clone().unwrap_or(0), bad.clone().unwrap_or(0));
    println!("{}", bad.clone().unwrap_or_else(|e| e.len() as i32));
    println!("{:?} {:?}", good.clone().ok(), bad.clone().ok());
    println!("{:?}", bad.clone().err());
    println!("{}", good.as_ref().map_or(0, |x| *x + 1));
    let all: Result<Vec<i32>, String> = [1, 2, 3].iter().map(|&x| check(x)).collect();
    println!("{:?}", all);
    let some_bad: Result<Vec<i32>, String> = [1, -2, 3, -4].iter().map(|&x| check(x)).collect();
    println!("{:?}", some_bad);
    let opts: Option<Vec<i32>> = [Some(1), Some(2)].into_iter().collect();
    println!("{:?}", opts);
    match check(7) {
        Ok(v) if v > 5 => println!("big ok"),
        Ok(_) => println!("ok"),
        Err(e) => println!("{}", e),
    }
    println!("{}", good.unwrap() + bad.unwrap_err().len() as i32);
    let t: Option<Result<i32, String>> = Some(Ok(3));
    println!("{:?}", t.transpose());
}
