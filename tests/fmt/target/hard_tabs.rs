// rustfmt-hard_tabs: true
fn f() {
	if x {
		y();
	}
}
