// `|| { loop { .. } }` is written `|| loop {`; a right-hand side whose nested call cannot stay
// on one line stays on the `=` line.
fn f() {
    for _ in 0..n_readers {
        let tx = tx.clone();
        thread::spawn(move || loop {
            if let Some(msg) = ONCE_CELL.get() {
                tx.send(msg).unwrap();
                break;
            }
        });
    }
    unsafe {
        let res = cvt(c::GetOverlappedResult(
            self.as_raw_handle(),
            overlapped,
            &mut bytes,
            wait,
        ));
    }
}
