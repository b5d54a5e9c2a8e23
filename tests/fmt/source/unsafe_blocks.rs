fn f() -> String {
    unsafe { String { vec: Vec::from_raw_parts(buf, length, capacity) } }
}
fn g() -> Self {
    unsafe { UnsafeList { head_tail: NonNull::new_unchecked(1 as _), head_tail_entry: None } }
}
fn h() {
    unsafe { (self.a.__iterator_get_unchecked(idx), self.b.__iterator_get_unchecked(idx)) }
}
fn k() {
    let rc_ptr =
        unsafe { (ptr as *mut u8).offset(-offset).with_metadata_of(ptr as *mut RcBox<T>) };
    let ret = unsafe { c::RtlGenRandom(&mut v as *mut _ as *mut u8, mem::size_of_val(&v) as c::ULONG) };
    let short = unsafe { f(x) };
}
