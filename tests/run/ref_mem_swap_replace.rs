// std::mem::swap, replace and take on references.
use std::mem;

#[derive(Debug, Default)]
struct Buf {
    data: Vec<u8>,
    name: String,
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
    let mut s = String::from("old");
    let prev = mem::replace(&mut s, String::from("new"));
    println!("{} {}", prev, s);
    let mut buf = Buf { data: vec![1, 2, 3], name: "b".to_string() };
    let data = mem::take(&mut buf.data);
    println!("{:?} {:?}", data, buf);
    let mut x = [1, 2];
    let mut y = [3, 4];
    mem::swap(&mut x, &mut y);
    println!("{:?} {:?}", x, y);
    let mut v = vec![5, 6, 7];
    v.swap(0, 2);
    println!("{:?}", v);
    let whole = mem::take(&mut buf);
    println!("{:?} {:?}", whole, buf);
    println!("{} {}", mem::size_of::<u64>(), mem::size_of::<(u8, u32)>());
}
