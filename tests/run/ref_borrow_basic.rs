// Shared and mutable references, explicit and automatic dereference.
fn add_one(x: &mut i32) {
    *x += 1;
}

fn sum(v: &Vec<i32>) -> i32 {
    let mut s = 0;
    for x in v {
        s += *x;
    }
    s
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let mut n = 5;
    add_one(&mut n);
    add_one(&mut n);
    println!("{}", n);
    let r = &n;
    let rr = &r;
    println!("{} {} {}", r, **rr, *r + 1);
    let mut v = vec![1, 2, 3];
    {
        let m = &mut v;
        m.push(4);
        m[0] = 10;
    }
    println!("{} {:?}", sum(&v), v);
    for x in v.iter_mut() {
        *x *= 2;
    }
    println!("{:?}", v);
    let s1 = String::from("short");
    let res;
    {
        let s2 = String::from("much longer");
        res = longest(&s1, &s2).to_string();
    }
    println!("{}", res);
    let mut arr = [1, 2, 3];
    let first = &mut arr[0];
    *first = 100;
    println!("{:?}", arr);
    let (a, b) = arr.split_at_mut(1);
    a[0] += b[1];
    println!("{:?}", arr);
}
