// The scanner's fast paths: keyword hashing (prefixes and extensions of keywords, words longer
// than any keyword, `_`), the r/b/c literal prefixes, what ends an identifier, plain integers,
// SSE2 runs of whitespace, identifiers and string bodies across 16-byte boundaries.
fn selfish(continue_: u8, continues: u8, abstracts: u8, overrides: u8) -> Self { self }
let _ = _x + __ + _0 + _ + a_ + a;
break brand crate create crates r rb br bc cr c ca cb b bytes raw rr bb cc
as async await dyn try union macro_rules yield become do final priv typeof unsized virtual
abcdefgh abcdefghi abcdefghijklmnopqrstuvwxyz_0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZ
b'a' b"s" br"r" br#"r"# r"r" r#"r"# c"c" cr"c" cr#"c"# r#ident
é_ident ident_é x.0.1 a::b<c>() [d; 3] {e} f?
0 1 12 007 1_0 1. 1.5 1..2 1e5 1u8 0x1F 0b1 0o7 1f32 1.foo() 9,8;7)6]5}
"" "plain" "a string that is longer than sixteen bytes, and then some more" "esc \"q\" \\ \t"
"non-ASCII ☃ in a string spanning
two lines" b"bytes \x7f" c"c string \u{1F600}"
                                        x
		tabs	and   spaces  



   end
