// Tokens that cannot start an item at module level; recovery resumes at the next item.
x + 1;
fn ok() {}
42
struct AlsoOk;
