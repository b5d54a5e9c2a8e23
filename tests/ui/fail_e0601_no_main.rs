// rustg-flags: --analyze
fn helper() {}
