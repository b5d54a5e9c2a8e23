fn f(){}
fn g() {}
