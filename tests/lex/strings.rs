// String, byte string and C string literals with escapes and continuations.
"" "hello" "tab\there" "\"quoted\"" "\\" "\x41\u{1F600}\0" "é😀"
"multi
line"
"continued \
    here"
b"" b"bytes\xff\x00\n" b"quote\"" c"" c"C string \x7f\xff \u{e9} é"
"suffix"s b"x"_y c"z"w
