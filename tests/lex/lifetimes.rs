// Lifetimes, labels and raw lifetimes, and how they differ from char literals.
fn f<'a, 'b: 'a>(x: &'a u8, y: &'static str, z: &'_ ()) {}
'outer: loop { break 'outer; }
'r#fn 'r#a
'a' 'b 'c' '\'' '\n' 'x'
'é 'é' 'αβ
