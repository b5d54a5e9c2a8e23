// `parse` targets rustc infers from later in the body: a `?` into an enum constructor's field
// (the error mapped by a closure) and a `filter_map` closure whose items `collect` into Vec<i32>.
#[derive(Debug)]
enum Tok {
    Num(f64),
}

fn tok(text: &str) -> Result<Tok, String> {
    Ok(Tok::Num(text.parse().map_err(|_| format!("bad number {}", text))?))
}

fn main() {
    println!("{:?} {:?}", tok("2.5"), tok("x1"));
    let parsed: Vec<i32> = "4 x 8 15 y".split(' ').filter_map(|s| s.parse().ok()).collect();
    println!("{:?}", parsed);
    let total: u64 = ["7", "x", "35"].iter().map(|s| s.parse().unwrap_or(0)).sum();
    println!("{}", total);
}
