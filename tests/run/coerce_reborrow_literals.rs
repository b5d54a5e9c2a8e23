// Coercions rustc applies that are not plain unification: `&mut T` passed where `&T` is
// expected (slices and trait objects too), and coercions inside literals whose expected type is
// known (`&[&dyn Tr]`, tuples holding slices, arrays of trait objects, consts). Slice patterns
// through `&` read the fat pointer.
trait Shape { fn area(&self) -> i32; }
struct Sq(i32);
struct Rect(i32, i32);
impl Shape for Sq { fn area(&self) -> i32 { self.0 * self.0 } }
impl Shape for Rect { fn area(&self) -> i32 { self.0 * self.1 } }
impl Shape for i32 { fn area(&self) -> i32 { *self } }

fn sum(x: &[i32]) -> i32 { x.iter().sum() }
fn neg(x: &i32) -> i32 { -*x }
fn area_of(s: &dyn Shape) -> i32 { s.area() }
fn pair(x: [&dyn Shape; 2]) -> i32 { x[0].area() + x[1].area() }

const TABLE: [(&dyn Shape, &str); 2] = [(&Sq(3), "square"), (&Sq(4), "bigger")];

fn main() {
    let mut v = vec![1, 2, 3];
    let m: &mut [i32] = &mut v;
    m[0] = 10;
    println!("{}", sum(m));
    let mut k = 5;
    let r = &mut k;
    println!("{}", neg(r));
    *r += 1;
    println!("{}", k);
    let mut s = Rect(2, 3);
    let d: &mut dyn Shape = &mut s;
    println!("{}", area_of(d));

    let shapes: &[&dyn Shape] = &[&Sq(2), &Sq(5)];
    for sh in shapes { println!("area {}", sh.area()); }
    println!("{}", pair([&1, &2]));
    let t: (isize, &[isize]) = (2, &[1, 2]);
    println!("{} {:?}", t.0, t.1);
    let (a, b): (&dyn Shape, &dyn Shape) = (&7, &Rect(1, 9));
    println!("{} {}", a.area(), b.area());
    for (sh, name) in TABLE.iter() { println!("{} {}", name, sh.area()); }
    let one: &[&dyn Shape] = &[{ &Rect(4, 4) }];
    println!("{}", one[0].area());

    let x = (2, t.1);
    let got = match x { (0, &[_, _]) => 0, (2, &[first, _]) => first, _ => -1 };
    println!("{}", got);
    let n: &[i32] = &[4, 5, 6];
    if let &[p, q, _] = n { println!("{} {}", p, q); }
    if let [p, .., q] = *n { println!("{} {}", p, q); }
    let idx = 3;
    println!("{}", shapes[idx].area());
}
