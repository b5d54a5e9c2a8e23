fn f() {
    if let Some(x) = y {
        let less_than = &mut self.less_than;
        sift_down(&mut self.heap, 0, |a, b| {
            less_than.kmerge_pred(&a.head, &b.head)
        });
        Some(result)
    }
    let (g2, wait) = c
        .wait_timeout_while(g, Duration::from_millis(u64::MAX), |&mut notified| {
            !notified
        })
        .unwrap();
    self.state
        .fetch_update(Acquire, Relaxed, |s| {
            is_read_lockable(s).then(|| s + READ_LOCKED)
        })
        .is_ok();
    foo(a, |x| x + 1);
}
fn g() {
    if let Some(x) = y {
        let less_than = &mut self.less_than;
        sift_down(&mut self.heap, 0, |a, b| {
            less_than.kmerge_pred(&a.head, &b.head)
        });
        Some(result)
    }
    self.iter.fold(accum, |accum, x| {
        let accum = f(accum, element.generate());
        let accum = f(accum, x);
        accum
    })
}
