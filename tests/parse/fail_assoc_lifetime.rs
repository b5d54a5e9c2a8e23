// Associated items cannot be lifetimes.
fn f() { bar::<Item = 'a>(); }
