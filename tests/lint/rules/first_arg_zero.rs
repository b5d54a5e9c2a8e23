// User rule `first-arg-zero` (tests/lint/rules/.rustg/rules/first-arg-zero.yml): `nthChild` by number.

fn take(a: usize, b: usize) -> usize {
    a + b
}

pub fn matching() -> usize {
    take(0, 1)
}

pub fn not_matching() -> usize {
    take(1, 0) + take(/* first */ 0, 2)
}
