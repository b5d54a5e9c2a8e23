// User rule `clone-in-loop` (tests/lint/rules/.rustg/rules/clone-in-loop.yml): matching and non-matching code.

pub fn matching(v: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for s in v {
        out.push(s.clone());
    }
    out
}

pub fn not_matching(s: &String) -> String {
    s.clone()
}
