// Char and byte literals with every escape.
'a' 'é' '😀' ' ' '"' '\'' '\"' '\\' '\n' '\r' '\t' '\0'
'\x00' '\x7f' '\x7F' '\u{0}' '\u{10FFFF}' '\u{1_f6_00}' '\u{00E9}'
b'a' b' ' b'\x00' b'\xff' b'\xFF' b'\n' b'\'' b'"' b'\\' b'\0'
'a'suffix b'a'_x
