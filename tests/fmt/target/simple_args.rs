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
