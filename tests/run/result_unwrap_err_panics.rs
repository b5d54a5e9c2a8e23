// unwrap on Err panics and shows the error with Debug.
fn main() {
    let ok: Result<i32, String> = Ok(1);
    println!("{}", ok.unwrap());
    let n: i32 = "12a".parse().unwrap();
    println!("{}", n);
}
