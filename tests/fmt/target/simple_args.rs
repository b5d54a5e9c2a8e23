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
