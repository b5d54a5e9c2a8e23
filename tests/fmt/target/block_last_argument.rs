fn f() {
    assert_eq!(half_a_million_letter_a(), unsafe {
        letters.get_unchecked(0..500000)
    });
    write_str_escaped(formatter, unsafe {
        str::from_utf8_unchecked(&self.bytes[pos..])
    })?;
    foo(
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,
        unsafe { str::from_utf8_unchecked(&self.bytes[pos..]) },
    );
}
