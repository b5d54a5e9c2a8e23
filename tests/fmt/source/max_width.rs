// rustfmt-max_width: 40
fn f() {
    let value = compute(first_argument, second_argument);
}
