// The `?` operator on Option and Result.
#[derive(Debug)]
enum MathError {
    DivByZero,
    Negative(i64),
}

fn div(a: i64, b: i64) -> Result<i64, MathError> {
    if b == 0 {
        return Err(MathError::DivByZero);
    }
    Ok(a / b)
}

fn checked_sqrt(x: i64) -> Result<i64, MathError> {
    if x < 0 {
        return Err(MathError::Negative(x));
    }
    let mut r = 0;
    while (r + 1) * (r + 1) <= x {
        r += 1;
    }
    Ok(r)
}

fn compute(a: i64, b: i64) -> Result<i64, MathError> {
    let q = div(a, b)?;
    let s = checked_sqrt(q)?;
    Ok(s + 1)
}

fn first_even(xs: &[i32; 4]) -> Option<i32> {
    for x in xs {
        if x % 2 == 0 {
            return Some(*x);
        }
    }
    None
}

fn double_first_even(xs: [i32; 4]) -> Option<i32> {
    let e = first_even(&xs)?;
    Some(e * 2)
}

fn main() {
    println!("{:?}", compute(100, 4));
    println!("{:?}", compute(1, 0));
    println!("{:?}", compute(-50, 2));
    println!("{:?} {:?}", double_first_even([1, 3, 6, 7]), double_first_even([1, 3, 5, 7]));
}
