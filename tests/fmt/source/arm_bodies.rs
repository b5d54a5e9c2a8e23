fn f() {
    match x {
        A => { foo(a, b) }
        B => { panic!("x") }
        C => { a + b }
        F => { if a { b } else { c } }
        G => { x.y().z() },
        H => {
            // comment
            x
        }
        I => { let y = 1; y }
        K => { return 5 }
        Shift::Small { period } => {
            self.find_small_imp(pre, haystack, needle, period)
        }
        Shift::Large { shift } => {
            self.find_large_imp(pre, haystack, needle, shift, and_more_arguments_here)
        }
        R => { x }
    }
}
impl X {
    fn f() {
        match f(&mut *orig) {
            Some(value) => {
                Ok(RefMut { value: NonNull::from(value), borrow: orig.borrow, marker: PhantomData })
            }
            None => {
                Err(io::const_io_error!(ErrorKind::InvalidInput, "no addresses to send data to"))
            }
            (true, _, true, None) => {
                Ok(c::GENERIC_READ | (c::FILE_GENERIC_WRITE & !c::FILE_WRITE_DATA))
            }
            L => { self.find_small_imp(pre, haystack, needle, period, aaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbb) }
        }
    }
}
fn g() {
    match (self.left.next(), self.right.next()) {
        (Some(left), None) =>
            Some(EitherOrBoth::Left(left)),
        (None, Some(right)) =>
            Some(EitherOrBoth::Right(right)),
        _ => None,
    }
}
