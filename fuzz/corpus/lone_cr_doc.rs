/// doc with lone  cr
fn f() {}
//! 
