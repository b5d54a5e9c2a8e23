// User rule `no-unwrap` (tests/lint/rules/.rustg/rules/no-unwrap.yml): matching and non-matching code.

pub fn matching(o: Option<i32>) -> i32 {
    o.unwrap()
}

pub fn not_matching(o: Option<i32>) -> i32 {
    o.unwrap_or(1)
}
