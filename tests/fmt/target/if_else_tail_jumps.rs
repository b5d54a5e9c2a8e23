fn f() {
    let inner = if let Some(inner) = self.inner() {
        inner
    } else {
        return;
    };
    let v = if let Some(v) = self.value_that_is_long() {
        v
    } else {
        continue;
    };
    let w = if c { 1 } else { return };
}
