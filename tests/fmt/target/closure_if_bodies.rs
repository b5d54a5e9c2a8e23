fn f() {
    let x = v.iter().map(|e| {
        if e != usize::MAX {
            Ok(std::num::NonZeroUsize::new(e))
        } else {
            Err(())
        }
    });
    let y = v.iter().map(|e| if e { 1 } else { 2 });
    let z = move |acc, item| {
        if predicate(&item) {
            fold(acc, item)
        } else {
            acc
        }
    };
}
