fn f() {
    for byte in self.to_bytes().iter().flat_map(|&b| ascii::escape_default(b)) {
        x;
    }
    if self.to_bytes().iter().flat_map(|&b| ascii::escape_default(b)).is_some() {
        y;
    }
}
fn g() {
    let (s, e) = match self.0.re.captures_read_at(
        &mut locs,
        self.0.text,
        self.0.last_end,
    ) {
        None => return None,
        Some((s, e)) => (s, e),
    };
}
