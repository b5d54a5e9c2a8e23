fn f() {}
/// dangling doc