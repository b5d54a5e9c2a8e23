// Identifiers: ASCII, Unicode XID, raw identifiers, the lone underscore.
foo _foo foo_bar _ __ _0 x123 FooBar
été αβγ да 漢字 𝔘 á अा
r#foo r#match r#é r#_x
