fn f() {
    crate::thread::spawn(move || loop {
        super::sendfile_splice(
            super::SpliceMode::Splice,
            local_source.as_raw_fd(),
            write_end.as_raw_fd(),
            u64::MAX,
        );
    });
    thread::spawn(move || loop {
        if let Some(msg) = ONCE_CELL.get() {
            tx.send(msg).unwrap();
            break;
        }
    });
    c.bench_function("slice iter", move |b| {
        b.iter(|| {
            for elt in xs.iter() {
                black_box(elt);
            }
        })
    });
    let x = self.state.fetch_update(Acquire, Relaxed, |s| {
        is_read_lockable(s).then(|| s + READ_LOCKED)
    });
    let y = v.iter().map(|e| {
        if e != usize::MAX {
            Ok(std::num::NonZeroUsize::new(e))
        } else {
            Err(())
        }
    });
    for pivot in 0..v.len() {
        v.select_nth_unstable_by(pivot, |_, _| {
            *[Less, Equal, Greater].choose(&mut rng).unwrap()
        });
    }
}
