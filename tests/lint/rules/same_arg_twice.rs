// User rule `same-arg-twice` (tests/lint/rules/.rustg/rules/same-arg-twice.yml): matching and non-matching code.

fn pair(a: String, b: String) -> String {
    a + &b
}

pub fn matching(s: String) -> String {
    pair(s, s)
}

pub struct Joiner;

impl Joiner {
    pub fn join(&self, a: String, b: String) -> String {
        a + &b
    }
}

// tree-sitter has no method-call node: `j.join(s, s)` is a call whose callee is `j.join`.
pub fn matching_method(j: &Joiner, s: String) -> String {
    j.join(s, s)
}

fn pair(a: String, b: String) -> String {
    a + &b
}

pub fn not_matching(s: String, t: String) -> String {
    pair(s, t)
}
