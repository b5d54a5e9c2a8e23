// User rule `last-arg-true` (tests/lint/rules/.rustg/rules/last-arg-true.yml): `nthChild` with
// `position`, `reverse` and `ofRule`.

fn set(a: bool, b: bool, n: u8) -> bool {
    a && b && n > 0
}

pub fn matching() -> bool {
    set(false, true, 3)
}

pub fn not_matching() -> bool {
    set(true, false, 3)
}
