// Destructuring assignment (tuples, arrays with `..`, structs with shorthand and `..`, tuple
// structs, `_`, nesting), deferred `let (a, b);`, `&mut` of temporaries, and the value of an
// assignment evaluated before its place. Old values of reassigned places are dropped.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}

struct Pt { x: i32, y: i32 }
struct Pair(i64, String);

fn bump(c: &mut i32) -> i32 { *c += 1; *c }
fn twice(f: &mut dyn FnMut() -> i32) -> i32 { f() + f() }
fn first(v: &mut [i32; 3]) -> i32 { v[0] += 1; v[0] }

fn main() {
    let (mut a, mut b);
    (a, b) = (1, 2);
    println!("{} {}", a, b);
    (a, b) = (b, a);
    println!("{} {}", a, b);
    (a, .., b) = (7, 8, 9, 10);
    println!("{} {}", a, b);
    [a, _, b] = [4, 5, 6];
    println!("{} {}", a, b);
    [.., a] = [1, 2, 3];
    (..) = (1, 2);
    _ = 5;
    println!("{}", a);

    let (x, y);
    Pt { x, y } = Pt { x: 10, y: 20 };
    println!("{} {}", x, y);
    let mut p = Pt { x: 0, y: 0 };
    Pt { x: p.y, .. } = Pt { x: 3, y: 4 };
    println!("{} {}", p.x, p.y);
    let (mut n, mut s) = (0i64, String::new());
    Pair(n, s) = Pair(5, "five".to_string());
    println!("{} {}", n, s);
    let mut t = String::from("t");
    (s, t) = (t, s);
    println!("{} {}", s, t);
    ((a, b), n) = ((11, 12), 13);
    println!("{} {} {}", a, b, n);

    let mut holder = Noisy("first");
    (holder, _) = (Noisy("second"), 0);
    println!("holder {}", holder.0);

    let mut arr = [0; 3];
    arr[1] = 5;
    let mut k = 0;
    (arr[0], arr[2]) = (bump(&mut k), bump(&mut k));
    println!("{:?}", arr);

    let mut v = 1;
    let r = &mut 41;
    *r += v;
    println!("{}", r);
    println!("{}", first(&mut [9, 8, 7]));
    println!("{}", twice(&mut || { v += 1; v }));
    let mut x1 = &1;
    let y1 = &mut &2;
    let z1 = &3;
    *{ x1 = z1; &mut *y1 } = x1;
    println!("{} {}", x1, y1);
    let i = arr.len() + 2;
    [a, b] = [arr[0], arr[i]];
    println!("{} {}", a, b);
}
