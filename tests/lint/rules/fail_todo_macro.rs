// User rule `todo-macro` (tests/lint/rules/.rustg/rules/todo-macro.yml): matching and non-matching code.

pub fn matching() -> i32 {
    todo!()
}

pub fn not_matching() -> i32 {
    unreachable!()
}
