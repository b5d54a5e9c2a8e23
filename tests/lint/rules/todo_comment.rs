// User rule `todo-comment` (tests/lint/rules/.rustg/rules/todo-comment.yml): matching and non-matching code.
// TODO: outside any function, so not matched

pub fn matching() -> u32 {
    // TODO: compute this
    let total = 1; // TODO trailing
    /* TODO: a block comment is not a line_comment */
    total
}

#[inline]
// TODO: between an attribute and its item, outside the function
pub fn not_matching() -> u32 {
    // TODONE and TODOS are other words
    2
}
