// Box<[T]> and Box<str>: fat owning pointers made by into_boxed_slice/into_boxed_str, Box::from,
// .into() and collect; read as &[T]/&str (methods, indexing, iteration, {} and {:?}), cloned,
// compared, turned back into Vec/String; an out-of-bounds index panics like a slice's.
#[derive(Debug, Clone, PartialEq)]
struct N(i32);
fn total(s: &[i32]) -> i32 { s.iter().sum() }
fn main() {
    let boxed: Box<[i32]> = vec![1, 2].into_boxed_slice();
    println!("{:?}", boxed);
    println!("{} {} {}", boxed.len(), boxed[1], total(&boxed));
    for x in boxed.iter() { print!("{} ", x); }
    println!();
    let b2 = boxed.clone();
    println!("{}", b2 == boxed);
    let v = b2.into_vec();
    println!("{:?} {}", v, v.len());
    let s: Box<str> = "boxed".into();
    println!("{} {:?} {}", s, s, s.len());
    println!("{}", s.to_uppercase());
    let s2: Box<str> = String::from("abc").into_boxed_str();
    let s3 = s2.clone();
    println!("{} {}", s2 == s3, s3.into_string() + "!");
    let b3: Box<str> = Box::from("from");
    println!("{}", b3);
    let b4: Box<[N]> = Box::from(&[N(1), N(2)][..]);
    println!("{:?} {}", b4, &b4[..] == &[N(1), N(2)][..]);
    let r: &str = &*s;
    println!("{}", r);
    let sl: &[i32] = &boxed;
    println!("{:?}", sl);
    let e: Box<[i32]> = Vec::new().into_boxed_slice();
    println!("{:?} {}", e, e.is_empty());
    let c: Box<[i32]> = (1..4).collect();
    println!("{:?}", c);
    println!("{}", boxed[5]);
}
