// User rule `field-i32-widen` (tests/lint/rules/.rustg/rules/field-i32-widen.yml): a pattern object
// (context + selector) and a `convert` transform in the fix.

pub struct Matching {
    countOfThings: i32,
    other: u8,
}

pub struct NotMatching {
    wide: i64,
}
