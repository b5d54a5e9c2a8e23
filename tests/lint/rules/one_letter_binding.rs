// User rule `one-letter-binding` (tests/lint/rules/.rustg/rules/one-letter-binding.yml): matching and non-matching code.

pub fn matching() -> i32 {
    let q = 3;
    5
}

pub fn not_matching() -> i32 {
    let count = 3;
    count
}
