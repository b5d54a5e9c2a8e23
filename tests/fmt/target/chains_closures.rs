fn f() {
    self.iter
        .next()
        .map(|elt| unsafe { ptr::read(elt as *const _) })
}

fn g() {
    self.captures_read_at(&mut locs, text, 0)
        .map(move |_| Captures {
            text,
            locs: locs.0,
            named_groups: self.0.capture_name_idx().clone(),
        })
}

fn h() {
    (&mut rng)
        .sample_iter(&Standard)
        .map(|x| [x; 16])
        .take(len)
        .collect()
}

fn i() {
    thread::spawn(|| {
        let _a = stdin();
        panic!();
    })
    .join()
    .unwrap_err();
    iter.try_fold(init, |acc, x| match predicate(x) {
        Some(item) => ControlFlow::from_try(fold(acc, item)),
        None => ControlFlow::Break(try { acc }),
    })
    .into_try()
}

fn j() {
    let pointers: Vec<_> = (0..iterations)
        .map(|_| {
            allocator
                .allocate(Layout::from_size_align(size, align).unwrap())
                .unwrap()
        })
        .collect();
    assert_eq!(
        q.drain_sorted().take(5).collect::<Vec<_>>(),
        vec![9, 8, 7, 6, 5]
    );
}
