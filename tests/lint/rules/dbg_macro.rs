// User rule `dbg-macro` (tests/lint/rules/.rustg/rules/dbg-macro.yml): matching and non-matching code.

pub fn matching(x: i32) -> i32 {
    dbg!(x + 1)
}

pub fn not_matching(x: i32) -> i32 {
    x + 1
}
