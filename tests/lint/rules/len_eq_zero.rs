// User rule `len-eq-zero` (tests/lint/rules/.rustg/rules/len-eq-zero.yml): matching and non-matching code.

pub fn matching(v: &[u8]) -> bool {
    v.len() == 0
}

pub fn not_matching(v: &[u8]) -> bool {
    v.len() == 1
}
