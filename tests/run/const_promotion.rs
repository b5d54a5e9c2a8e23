// Borrows of constants live for 'static (rvalue static promotion), also inside a const.
const N: i32 = 7;
fn f() -> &'static i32 { &5 }
fn g() -> &'static [i32; 3] { &[1, -2, N] }
fn h() -> &'static (i32, bool) { &(N, true) }
fn main() {
    let a = f();
    let b = g();
    let c = h();
    let mut x = 1;
    let m = &mut x;
    *m += 1;
    println!("{} {:?} {:?} {}", a, b, c, x);
    also();
}

const A: [u8; 1] = [b'h'];
const C: &&&[u8; 1] = &&&A;
const D: u8 = (&C)[0];

#[allow(dead_code)]
fn also() {
    assert_eq!(D, b'h');
    println!("{}", D);
}
