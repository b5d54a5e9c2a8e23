fn f() {
    let a = i8x16::new(
        0, -1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -13, -14, -15,
    );
}

fn field_args() {
    if x {
        TokenStream(Some(bridge::client::TokenStream::concat_trees(
            None, self.trees, more.trees,
        )))
    }
}

fn mixed_last_line() {
    unsafe {
        let reference_result = _mm256_set_epi16(
            0, 1, 2, 3, 4, 5, 6, 7, 0xFF, 0x1_FF, 0x3_FF, 0x7_FF, 0xF_FF, 0x1F_FF, 0x3F_FF, 0x7F_FF,
        );
    }
    let v = [
        '\u{307}', 'i', 'ﬁ', 'ǆ', 'σ', 'α', 'μ', 'γ', 'ι', 'τ', 'σ', '💩', 'ü', 'ß', 'ö', 'a', 'b',
        'c',
    ];
}

fn arrays() {
    let expected = [
        41943041,
        58720359,
        3588806011781223,
        3591011842654386,
        9228616714210784205,
        9973669472204895162,
        14011001112246962877,
    ];
    const NTDLL_DLL: &[u16] = &[
        'N' as _, 'T' as _, 'D' as _, 'L' as _, 'L' as _, '.' as _, 'D' as _, 'L' as _, 'L' as _, 0,
    ];
    let mut rng = Xoshiro128PlusPlus::from_seed([
        1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 5, 5, 5, 5, 5,
    ]);
}

criterion_group!(
    benches, comb_for1, comb_for2, comb_for3, comb_for4, comb_c1, comb_c2, comb_c3, comb_c4,
);
is_raw_eq_comparable!(u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize);

fn macro_arrays() {
    assert_eq!(
        buf,
        [true, false, false, true, false, false, true, true, true, true]
    );
}

replace!(
    closure_returning_reference,
    replace,
    r"([0-9]+)",
    "age: 26",
    |captures: &Captures<'_>| { match_text!(captures.get(1).unwrap())[0..1].to_owned() },
    "age: 2"
);
