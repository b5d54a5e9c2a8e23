// The ? operator on Result (with From conversion) and on Option.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Range(i64),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Range(v) => write!(f, "{} out of range", v),
        }
    }
}

fn parse_small(s: &str) -> Result<i64, AppError> {
    let v: i64 = s.trim().parse()?;
    if v > 100 {
        return Err(AppError::Range(v));
    }
    Ok(v)
}

fn sum_all(items: &[&str]) -> Result<i64, AppError> {
    let mut t = 0;
    for s in items {
        t += parse_small(s)?;
    }
    Ok(t)
}

fn first_even_half(v: &[i32]) -> Option<i32> {
    let first = v.first()?;
    if first % 2 != 0 {
        return None;
    }
    Some(first / 2)
}

fn main() {
    println!("{:?}", sum_all(&["1", " 2", "3 "]));
    match sum_all(&["1", "x"]) {
        Ok(v) => println!("{}", v),
        Err(e) => println!("error: {}", e),
    }
    match sum_all(&["50", "500"]) {
        Ok(v) => println!("{}", v),
        Err(e) => println!("error: {} / {:?}", e, e),
    }
    println!("{:?} {:?} {:?}", first_even_half(&[8, 1]), first_even_half(&[7]), first_even_half(&[]));
}
