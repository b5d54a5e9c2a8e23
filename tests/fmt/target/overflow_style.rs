fn f() {
    ptr::write(
        exception,
        Exception {
            caught: AtomicBool::new(false),
            data: Some(data),
        },
    );
    let x = (
        new_ref,
        Self {
            ptr,
            _marker: PhantomData,
        },
    );
    test_samples(
        0u64,
        &[
            11059617991457472009,
            16096616328739788143,
            1487364411147516184,
        ],
    );
    Ok((
        Process {
            handle: Handle::new(process_handle),
        },
        ours,
    ));
    ptr::write(
        exception,
        Exception {
            caught: AtomicBool::new(false),
            data: Some(data),
        },
    );
}
