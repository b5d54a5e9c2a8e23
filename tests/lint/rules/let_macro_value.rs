// User rule `let-macro-value` (tests/lint/rules/.rustg/rules/let-macro-value.yml): `has` with `field`.

pub fn matching() -> usize {
    let v = vec![1, 2];
    v.len()
}

pub fn not_matching() -> usize {
    let _ = vec![1];
    let w: Vec<u8> = Vec::new();
    w.len()
}
