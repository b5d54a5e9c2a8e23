/* outer /* inner */ still open
fn f() {}
