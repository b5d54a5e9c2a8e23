// Generic type aliases (type and lifetime parameters, defaults, aliases of aliases), fn pointer
// types qualified with `unsafe`/`extern "C"`/`extern "Rust"` and compared by address, variant
// patterns with a turbofish, and match arms that diverge before the value-giving arm.
use std::collections::HashMap;

struct Pair<A, B> { a: A, b: B }
type Same<T> = Pair<T, T>;
type WithCount<T, N = usize> = (T, N);
type Ref<'a, T> = &'a T;
type Cmd<'a> = &'a str;
type Table<V> = HashMap<String, V>;
type Nested<T> = Option<Same<T>>;
type Cmp<T> = extern "Rust" fn(T, T) -> bool;
type Callback = extern "C" fn(u32) -> u32;

fn lt(a: i32, b: i32) -> bool { a < b }
extern "C" fn double(x: u32) -> u32 { x * 2 }
unsafe fn raw_add(a: i32, b: i32) -> i32 { a + b }
fn inc(x: u32) -> u32 { x + 1 }

fn first<'a, T>(r: Ref<'a, Vec<T>>) -> Ref<'a, T> { &r[0] }
fn run(c: Cmd) -> usize { c.len() }
fn sort_by(v: &mut Vec<i32>, cmp: Cmp<i32>) {
    for i in 0..v.len() {
        for j in 0..v.len() - 1 - i {
            if cmp(v[j + 1], v[j]) { v.swap(j, j + 1); }
        }
    }
}

fn pick(o: Option<i32>) -> i32 {
    match o { None::<i32> => -1, Some::<i32>(x) => x }
}

fn checked(o: Option<u8>) -> u8 {
    let v: u8 = match o { None => { panic!("nothing") } Some(x) => { x } };
    v + 1
}

fn main() {
    let p: Same<u8> = Pair { a: 1, b: 2 };
    println!("{} {}", p.a, p.b);
    let w: WithCount<&str> = ("x", 3);
    let w2: WithCount<char, i8> = ('y', -1);
    println!("{:?} {:?}", w, w2);
    let v = vec![5, 6];
    println!("{} {}", first(&v), run("four"));
    let mut t: Table<i32> = HashMap::new();
    t.insert("k".to_string(), 9);
    println!("{:?}", t.get("k"));
    let n: Nested<i64> = Some(Pair { a: 7, b: 8 });
    if let Some(Pair { a, b }) = n { println!("{}", a + b); }

    let mut xs = vec![3, 1, 2];
    sort_by(&mut xs, lt);
    println!("{:?}", xs);
    let cb: Callback = double;
    println!("{}", cb(21));
    let u: unsafe fn(i32, i32) -> i32 = raw_add;
    println!("{}", unsafe { u(2, 3) });
    let f: fn(u32) -> u32 = inc;
    let g: fn(u32) -> u32 = inc;
    println!("{} {}", f == g, cb != double);

    println!("{} {}", pick(None), pick(Some(4)));
    println!("{}", checked(Some(1)));
    println!("{}", checked(Some(255)));
}
