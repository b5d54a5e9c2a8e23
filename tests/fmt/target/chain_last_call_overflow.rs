// A chain past chain_width whose last call's arguments must break stays on its line and the
// arguments go one per line (three or more, or a last element too wide for a line of its own).
fn f() {
    while {
        match self
            .cnt
            .compare_exchange(steals, DISCONNECTED, Ordering::SeqCst, Ordering::SeqCst)
        {
            Ok(_) => false,
            Err(old) => old != DISCONNECTED,
        }
    } {}
    let old_lifecycle = inner.lifecycle.swap(
        LIFECYCLE_EXITED_OR_FINISHED_OR_JOIN_FINALIZE,
        Ordering::Release,
    );
    fd.as_inner().as_inner().symlink(
        osstr2str(old_path.as_ref().as_ref())?,
        osstr2str(new_path.as_ref().as_ref())?,
    )
}
