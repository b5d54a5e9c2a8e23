// Option's combinators, written in Rust in the std subset (runtime/std/option.rs).
fn half(x: u32) -> Option<u32> {
    if x % 2 == 0 {
        Some(x / 2)
    } else {
        None
    }
}

fn main() {
    let a: Option<u32> = Some(4);
    let b: Option<u32> = None;
    let m1: Option<u32> = a.map(|x: u32| x * 10);
    let m2: Option<u32> = b.map(|x: u32| x * 10);
    println!("{:?} {:?}", m1, m2);
    let t1: Option<u32> = a.and_then(|x: u32| half(x));
    let t2: Option<u32> = Some(3).and_then(|x: u32| half(x));
    println!("{:?} {:?}", t1, t2);
    println!("{:?} {:?}", a.ok_or("none"), b.ok_or("none"));
    let e: Result<u32, String> = b.ok_or_else(|| format!("missing {}", 7));
    println!("{:?}", e);
    println!("{} {}", a.unwrap_or_else(|| 99), b.unwrap_or_else(|| 99));
    let n1: u32 = a.map_or(0, |x: u32| x + 1);
    let n2: u32 = b.map_or(0, |x: u32| x + 1);
    println!("{} {}", n1, n2);
    let n3: u32 = b.map_or_else(|| 5, |x: u32| x + 1);
    println!("{}", n3);
    println!("{:?} {:?}", a.filter(|x: &u32| *x > 3), a.filter(|x: &u32| *x > 9));
    println!("{} {}", a.is_some_and(|x: u32| x == 4), b.is_some_and(|x: u32| x == 4));
    println!("{} {}", a.is_none_or(|x: u32| x == 5), b.is_none_or(|x: u32| x == 5));
    println!("{:?} {:?}", a.or(Some(1)), b.or(Some(1)));
    println!("{:?} {:?}", b.or_else(|| Some(8u32)), a.xor(b));
    println!("{:?} {:?}", a.xor(Some(1)), a.zip(Some('z')));
    println!("{:?} {:?}", a.and(Some("yes")), b.and(Some("yes")));
    let mut c = Some(String::from("taken"));
    let t = c.take();
    println!("{:?} {:?}", t, c);
    let mut d = Some(1);
    let old = d.replace(2);
    println!("{:?} {:?}", old, d);
    let s = Some(String::from("hello"));
    let len: Option<usize> = s.as_ref().map(|x: &String| x.len());
    println!("{:?} {:?}", len, s);
    let v = vec![3, 1, 2];
    let first: Option<&i32> = v.first();
    println!("{:?} {:?}", first.copied(), first.cloned());
    let nested: Option<Option<i32>> = Some(Some(6));
    let none: Option<Option<i32>> = Some(None);
    println!("{:?} {:?}", nested.flatten(), none.flatten());
}
