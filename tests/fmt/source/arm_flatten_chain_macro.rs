fn f() {
    match x {
        (Some(left), Some(right)) => {
            match (self.cmp_fn)(&left, &right) {
                Ordering::Equal => Some(EitherOrBoth::Both(left, right)),
                Ordering::Less => None,
            }
        }
        AC { ref ac, .. } => {
            ac.find(haystack).map(|m| (m.start(), m.end()))
        }
        Ok((_, theirs)) => {
            unsafe {
                // a comment keeps the block
                let _lock = sys::os::env_read_lock();
                e
            }
        }
        Some(y) => {
            loop {
                break;
            }
        }
    }
    assert!(filtered.iter().all(|test| test.desc.should_panic == ShouldPanic::No));
    assert!((0..5).flat_map(|i| IntoIterator::into_iter([2 * i, 2 * i + 1])).eq(0..10));
    assert!(!Big::from_u64(0xffffff).sub(&Big::from_u64(0xfffffe)).is_zero());
    if !self.waiters.with_locked(|waiters| unsafe { waiters.is_queued(waiter) }) {
        break;
    }
    seq = regex!(">[^\n]*\n|\n").replace_all(&seq, &b""[..]).into_owned().into_something();
    sockname(|buf, len| unsafe { c::getpeername(self.inner.as_raw(), buf, len) })
}
