// Raw strings with any number of hashes, raw byte and raw C strings.
r"" r"raw \n" r#""# r#"has "quotes""# r##"has "# inside"## r###"a"##b"###
br"" br"raw bytes" br#"x"# br##"y"#"##
cr"" cr"raw c" cr#"z"#
r"multi
line" r"tail"suffix
