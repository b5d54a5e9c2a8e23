// User rule `dedup-after-sort` (tests/lint/rules/.rustg/rules/dedup-after-sort.yml): matching and non-matching code.

pub fn matching(mut v: Vec<i32>) -> Vec<i32> {
    v.sort();
    v.dedup();
    v
}

pub fn not_matching(mut v: Vec<i32>) -> Vec<i32> {
    v.dedup();
    v
}
