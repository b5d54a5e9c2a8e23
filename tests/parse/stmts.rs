// Statements: let (with else), items in blocks, empty statements, block-like expression statements.
fn main() {
    let x;
    let y: u8 = 1;
    let Some(z) = opt else { return; };
    fn inner() {}
    struct Local;
    ;
    #[allow(unused)]
    let attributed = 1;
    if a {} - 1;
    match x {} (2);
    { 1 } [0];
    unsafe { f() }.g();
    m! { tokens }
    m!(a).b();
    println!("{}", x);
    x
}
