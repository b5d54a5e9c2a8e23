// Writing through a `*const` raw pointer: rustc's E0594.
fn main() {
    let x = 5;
    let p = &x as *const i32;
    unsafe {
        *p = 6;
    }
    println!("{}", x);
}
