// Option combinators.
fn half(x: i32) -> Option<i32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}

fn main() {
    let a: Option<i32> = Some(8);
    let b: Option<i32> = None;
    println!("{:?} {:?}", a.map(|x| x + 1), b.map(|x| x + 1));
    println!("{:?} {:?}", a.and_then(half), a.and_then(half).and_then(half).and_then(half).and_then(half));
    println!("{} {}", a.unwrap_or(0), b.unwrap_or(0));
    println!("{}", b.unwrap_or_else(|| -1));
    println!("{}", b.unwrap_or_default());
    println!("{:?} {:?}", a.ok_or("none"), b.ok_or("none"));
    println!("{:?} {:?}", a.filter(|x| *x > 10), a.filter(|x| *x > 1));
    println!("{} {} {} {}", a.is_some(), a.is_none(), b.is_some(), b.is_none());
    println!("{:?} {:?}", a.or(Some(1)), b.or(Some(1)));
    println!("{:?}", a.xor(b));
    println!("{:?}", a.zip(Some('c')));
    println!("{:?}", a.map_or(0, |x| x * 3));
    let mut c = Some(3);
    let taken = c.take();
    println!("{:?} {:?}", taken, c);
    let mut d = Some(1);
    let old = d.replace(5);
    println!("{:?} {:?}", old, d);
    let s: Option<String> = Some("hi".to_string());
    let len = s.as_ref().map(|s| s.len());
    println!("{:?} {:?}", len, s);
    let mut e = Some(10);
    if let Some(x) = e.as_mut() {
        *x += 1;
    }
    println!("{:?}", e);
    println!("{}", e.get_or_insert(0));
    let mut f: Option<i32> = None;
    *f.get_or_insert(4) += 1;
    println!("{:?}", f);
    let nested = Some(Some(3));
    println!("{:?}", nested.flatten());
    println!("{:?}", Some(4).iter().chain(None.iter()).collect::<Vec<_>>());
    println!("{}", Some(2) < Some(3) && None < Some(0));
}
