// User rule `todo-string` (tests/lint/rules/.rustg/rules/todo-string.yml): matching and non-matching code.

pub fn matching() -> &'static str {
    "TODO: write this"
}

pub fn not_matching() -> &'static str {
    "done"
}
