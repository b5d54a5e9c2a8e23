// User rule `vec-new-capacity` (tests/lint/rules/.rustg/rules/vec-new-capacity.yml): matching and non-matching code.

pub fn matching() -> usize {
    let v: Vec<u8> = Vec::new();
    v.len()
}

pub fn not_matching() -> usize {
    let v: Vec<u8> = vec![1];
    v.len()
}
