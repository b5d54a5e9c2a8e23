fn f<'r#self, 'r#_>() {}
fn g() { let c = 'r#abc'; }
