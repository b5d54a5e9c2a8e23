macro_rules! m { () => {} }
m!(); m![]; m!{} vec![1, 2]; println!("{x}"); format_args!("{}", { let a = 1; a });
macro m($x:ident) { $x }
fn f() { m!(a b c ( [ { } ] ) ); }
