// A file comment.

/// Doc for f.
fn f() {
    let x = 1; // trailing comment
               /* block */
    let y = 2;
    // before return
    x + y;
}

/*
 * A block comment
 * over lines.
 */
struct S {
    a: u8, // field a
    // field b next
    b: u8,
}
