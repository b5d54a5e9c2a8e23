fn f() {
    loop {
        if let Some(i) =
            forward_search3(start_ptr, end_ptr, ptr, vn1, vn2, vn3)
        {
            return Some(i);
        }
        if needle.len() < MIN_NEEDLE_LEN
            || rare1i == rare2i
        {
            x;
        }
    }
}
fn g() {
    match x {
        Some(matched) if func(&matched) => Some(matched),
        other => {
            y;
        }
    }
}
