fn f() {
    assert_eq!(qqqqqqqqqqqqqqqqqqqqqqq, wwwwwwwwwwwwwwwwwwwwwwwwwwwwwww, eeeeeeeeeeeeeeeeeeeeee);
    println!("status: {} stdout {} stderr {}", output.status, self.line, self.column, self.msg);
    write!(f, "{}:{}: {} and some more text here", self.line, self.column, self.msg);
    assert_eq!(core::mem::size_of::<LeafNode<i64, i64>>(), 16 + CAPACITY * 2 * 8 + other_value);
    let r = InstPtrs { base: 0, data: &self.data[1..], more_fields: 1, and_more: 2, x: 3 };
    let d = Drain { iter: self.data.drain(..), more_fields: 1, and_more: 2, x: 3, y: 44 };
}

fn g() {
    let Patch { hole, entry } =
        self.c_capture(0, &exprs[i])?.unwrap_or_else(|| self.next_inst());
    let size = mem::size_of::<T>()
        .checked_mul(n)
        .ok_or(CollectionAllocErr::CapacityOverflow)?;
    let arm_out_path: PathBuf =
        PathBuf::from(env::var("OUT_DIR").unwrap_or("crates/core_arch".to_string())).join("src").join("arm_shared");
}

mat!(match_basic_3, r"abracadabra$", r"abracadabracadabra", Some((7, 18)));

fn h() {
    assert_eq!(iter.try_fold(0, |acc, x| Some(acc + x)), Some((15..20).sum()));
    foo(|x| x + ccccccccccccccccccccccccc, aaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbb);
    Ok(Visibility::Crate(VisCrate {
        crate_token: input.parse()?,
    }))
}
