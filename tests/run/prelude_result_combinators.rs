// Result's combinators, written in Rust in the std subset (runtime/std/result.rs).
fn check(x: i32) -> Result<i32, String> {
    if x >= 0 {
        Ok(x)
    } else {
        Err(format!("negative: {}", x))
    }
}

fn main() {
    let m1: Result<i32, String> = check(5).map(|x: i32| x * 2);
    let m2: Result<i32, String> = check(-2).map(|x: i32| x * 2);
    println!("{:?} {:?}", m1, m2);
    let e1: Result<i32, usize> = check(-2).map_err(|e: String| e.len());
    println!("{:?}", e1);
    let a1: Result<i32, String> = check(5).and_then(|x: i32| check(x - 10));
    println!("{:?}", a1);
    println!("{:?} {:?}", check(5).ok(), check(-2).ok());
    println!("{:?} {:?}", check(5).err(), check(-2).err());
    println!("{}", check(-2).unwrap_or_else(|e: String| e.len() as i32));
    let n: i32 = check(5).map_or(0, |x: i32| x + 100);
    println!("{}", n);
    let o: Result<i32, String> = check(-2).or_else(|_e: String| check(1));
    println!("{:?}", o);
    println!("{} {}", check(5).is_ok_and(|x: i32| x > 1), check(-2).is_err_and(|e: String| e.is_empty()));
    let r: Result<u8, u8> = Ok(3);
    let r2: Result<u8, &u8> = r.as_ref().map(|x: &u8| *x + 1);
    println!("{:?}", r2);
    let r3: Result<i32, u8> = r.and(Ok(9));
    let r4: Result<u8, bool> = r.or(Err(true));
    println!("{:?} {:?}", r3, r4);
}
