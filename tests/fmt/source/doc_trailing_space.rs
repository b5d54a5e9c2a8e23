/// A doc line with a trailing space 
/// 
/// Markdown break here  
/// end
fn f() {}
