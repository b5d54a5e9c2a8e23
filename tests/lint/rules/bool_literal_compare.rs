// User rule `bool-literal-compare` (tests/lint/rules/.rustg/rules/bool-literal-compare.yml): matching and non-matching code.

pub fn matching(a: bool, b: bool) -> bool {
    (a == true) && (true == b)
}

pub fn not_matching(a: bool, b: bool) -> bool {
    a == b
}
