// Integer literals in every base, with underscores and suffixes.
0 1 123 1_000_000 0_ 00 007
0x0 0xff 0xFF_FF 0x_1 0x1e 0x1E5 0xdead_beef_u64
0o0 0o17 0o7_7 0b0 0b1010 0b_1_0 0b1010u8
1u8 2u16 3u32 4u64 5u128 6usize 7i8 8i16 9i32 10i64 11i128 12isize 1_u8 13f32 14f64
x.0 x.0.1 t.1.2.3
