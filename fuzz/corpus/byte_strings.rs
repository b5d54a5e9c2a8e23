const A: &[u8] = b"\x00\xff\n\\"; const B: u8 = b'a'; const C: u8 = b'\''; const D: &str = "\u{10FFFF}";
