// User rule `unwrap-or-nonzero` (tests/lint/rules/.rustg/rules/unwrap-or-nonzero.yml): matching and non-matching code.

pub fn matching(o: Option<i32>) -> i32 {
    o.unwrap_or(7)
}

pub fn not_matching(o: Option<i32>) -> i32 {
    o.unwrap_or(0)
}
