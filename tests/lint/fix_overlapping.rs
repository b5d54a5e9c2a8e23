// --fix applies non-overlapping suggestions, then looks again: nested fixes land in later rounds.

pub fn f(a: bool, v: Vec<i32>) -> bool {
    return (a == true) && v.len() == 0;
}

pub fn g(x: i32) -> i32 {
    let y = x * -1;
    y
}
