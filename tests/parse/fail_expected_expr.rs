// An expression is required after `=`.
fn main() {
    let x = ;
    let y = 1 + ;
}
