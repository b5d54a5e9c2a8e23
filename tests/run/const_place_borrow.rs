// Borrowing a field or element of a const/static (`&A.a`, `&D[0]`) and of a call's result:
// the borrow must point at storage that outlives the function that took it.
struct S {
    a: usize,
    b: [u8; 3],
}

static A: S = S { a: 3, b: [7, 8, 9] };
static B: &'static usize = &A.a;
const D: [usize; 2] = [1, 2];
static F: &'static usize = &D[1];

fn make() -> S {
    S { a: 11, b: [1, 2, 3] }
}

fn second() -> &'static u8 {
    &A.b[1]
}

fn main() {
    assert_eq!(*B, A.a);
    assert_eq!(*F, D[1]);
    let r = &make().b[2];
    println!("{} {} {} {} {}", *B, *F, r, make().a, second());
}
