// Result::unwrap_err on an Ok value panics with the value's Debug form at the caller's line.
fn main() {
    let e: Result<(i32, &str), String> = Err("bad".to_string());
    println!("{}", e.unwrap_err());
    let ok: Result<(i32, &str), String> = Ok((7, "seven"));
    println!("{}", ok.unwrap_err());
}
