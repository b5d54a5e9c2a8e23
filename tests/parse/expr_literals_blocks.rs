// Literals, tuples, arrays, struct literals, blocks, closures, async/unsafe/const/try blocks.
fn main() {
    let lits = (1, 2.5, 'c', b'b', "s", r"raw", b"bytes", br"rb", true, false, 1u8);
    let unit = ();
    let paren = (1);
    let arr = [1, 2, 3];
    let rep = [0u8; 16];
    let empty = [];
    let s = S { a, b: 1, 0: 2, ..Default::default() };
    let t = T { .. };
    let c1 = |x| x + 1;
    let c2 = move |a: u8, (b, c)| -> u8 { a };
    let c3 = || ();
    let c4 = async move |x| x;
    let c5 = static || yield;
    let b1 = unsafe { ptr.read() };
    let b2 = async { 1 };
    let b3 = async move { 2 };
    let b4 = const { 3 };
    let b5 = try { 4 };
    let u = _;
    let q = <T as Default>::default();
    let m = vec![1, 2];
    let attr = #[inline] || 1;
    (a, b) = (b, a);
    [_, x] = arr;
}
