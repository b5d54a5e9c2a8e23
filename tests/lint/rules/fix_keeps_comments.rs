// `rustg lint --fix` never drops a comment: the `bool-literal-compare` fix (`$X == true` -> `$X`)
// would drop the comment before `==`, so this file is left unchanged (no .fixed file), while a
// rule matching a comment itself (`todo-comment`) may rewrite that comment.

pub fn kept(ready: bool) -> bool {
    ready /* checked by the caller */ == true
}
