// CRLF line endings
/// doc
fn main() {
    let s = "a
b";
    let t = "cont\
    inued";
    let r = r"x
y"; 'a
}
