// User rule `todo-in-macro` (tests/lint/rules/.rustg/rules/todo-in-macro.yml): string literals inside
// macro arguments are nodes for ast-grep, so rules match them there too.

pub fn matching() {
    println!("FIXME: {}", 1);
}

pub fn not_matching() -> &'static str {
    "FIXME outside a macro"
}
