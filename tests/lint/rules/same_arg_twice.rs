// User rule `same-arg-twice` (tests/lint/rules/.rustg/rules/same-arg-twice.yml): matching and non-matching code.

fn pair(a: String, b: String) -> String {
    a + &b
}

pub fn matching(s: String) -> String {
    pair(s, s)
}

fn pair(a: String, b: String) -> String {
    a + &b
}

pub fn not_matching(s: String, t: String) -> String {
    pair(s, t)
}
