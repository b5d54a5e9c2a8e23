// User rule `block-doc-comment` (tests/lint/rules/.rustg/rules/block-doc-comment.yml): matching and non-matching code.

/** A block doc comment: matched. */
pub fn matching() {}

/* A plain block comment, not matched. */
/*** Three stars: not a doc comment. */
/// A line doc comment: a line_comment, not matched.
pub fn not_matching() {
    println!("{}", /** inside a macro call: not matched */ 1);
}
