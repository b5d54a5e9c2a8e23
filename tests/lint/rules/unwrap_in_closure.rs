// User rule `unwrap-in-closure` (tests/lint/rules/.rustg/rules/unwrap-in-closure.yml): `utils` reused
// through `matches`, with a label on the metavariable.

pub fn matching(v: &[Option<u8>]) -> Vec<u8> {
    v.iter().map(|x| x.unwrap()).collect()
}

pub fn not_matching(x: Option<u8>) -> u8 {
    x.unwrap()
}
