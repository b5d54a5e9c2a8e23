// rustfmt-tab_spaces: 2
fn f() {
  if x {
    y();
  }
}
