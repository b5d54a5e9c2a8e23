// A missing `;` between statements is reported; parsing goes on with the next statement.
fn main() {
    let x = 1
    let y = 2;
    f()
    g();
}
