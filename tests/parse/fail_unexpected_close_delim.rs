// One closing brace too many.
fn f() {}
}
