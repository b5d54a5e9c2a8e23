// User rule `return-in-for` (tests/lint/rules/.rustg/rules/return-in-for.yml): `inside` with a
// rule-valued `stopBy` (the search stops at a closure or function).

pub fn matching(v: &[u8]) -> u8 {
    for x in v {
        if *x > 3 {
            return *x;
        }
    }
    0
}

pub fn not_matching(v: &[u8]) -> Option<u8> {
    for x in v {
        let f = |y: u8| {
            return y + 1;
        };
        let _ = f(*x);
    }
    None
}
