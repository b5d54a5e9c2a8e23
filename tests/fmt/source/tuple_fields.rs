// Tuple struct fields: one line within fn_call_width, else one field per line; a single field as written.
pub struct CaptureMatches<'r, 't>(re_trait::CaptureMatches<'t, ExecNoSync<'r>>);
pub struct CaptureMatches2<'r, 't>(re_trait::CaptureMatches<'t, ExecNoSync<'r>>, u32, u32, u64);
pub struct CaptureMatches3<'r, 't>(re_trait::CaptureMatches<'t, ExecNoSync<'r>>, u32, u32, u64, u64, u64);
pub struct uint8x16x4_t(
    pub uint8x16_t,
    pub uint8x16_t,
    pub uint8x16_t,
    pub uint8x16_t,
);
pub struct Pair(
    pub u8,
    pub u8,
);
pub struct Reverse<T>(#[stable(feature = "reverse_cmp_key", since = "1.19.0")] pub T);
pub struct CaptureMatches4<'r, 't>(
    re_trait::CaptureMatches<'t, ExecNoSync<'r>>,
);
