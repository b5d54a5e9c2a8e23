// User rule `literal-call` (tests/lint/rules/.rustg/rules/literal-call.yml): a pattern object with
// `strictness: signature` (kinds must agree, texts need not).

fn log(s: &str) -> usize {
    s.len()
}

pub fn matching() -> usize {
    log("anything")
}

pub fn not_matching() -> usize {
    log(&String::new()) + log("") + log("a\n")
}
