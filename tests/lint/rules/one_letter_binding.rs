// User rule `one-letter-binding` (tests/lint/rules/.rustg/rules/one-letter-binding.yml): matching and non-matching code.

pub fn matching() -> i32 {
    let q = 3;
    5
}

// `let $N` is the name alone: `let mut q` and `let q: T;` do not match `let $N = $E;`.
pub fn not_matching_mut_or_typed() -> i32 {
    let mut q = 3;
    q += 1;
    let r: i32;
    r = q;
    r
}

pub fn not_matching() -> i32 {
    let count = 3;
    count
}
