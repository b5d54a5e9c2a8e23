// User rule `return-try` (tests/lint/rules/.rustg/rules/return-try.yml): matching and non-matching code.

pub fn matching(r: Result<i32, ()>) -> Result<i32, ()> {
    return Ok(r?);
}

pub fn also_matching(r: Result<i32, ()>) -> Result<i32, ()> {
    return r?;
}

pub fn not_matching(r: Result<i32, ()>) -> Result<i32, ()> {
    let x = r?;
    Ok(x)
}
