fn f() {
    assert!(matches!(tester.binary_search_by_key(&1, |&(_a, b)| b), Ok(1..=4)));
    panic_fmt(format_args!("internal error: entered unreachable code: {}", *x));
    assert!(!is_exponential(&format!("{:?}", high_cutoff * (1.0 - 2.0 * f64::EPSILON))));
    let x = matches!(tester.binary_search_by_key(&1, |&(_a, b)| b), Ok(1..=4));
    let (period_lower_bound, critical_pos) =
        if min_suffix.pos > max_suffix.pos {
            (min_suffix.period, min_suffix.pos)
        } else {
            (max_suffix.period, max_suffix.pos)
        };
    let name_slice: &[u8] =
        unsafe { core::slice::from_raw_parts(info.name as *const u8, name_len) };
}
