use std::ops::{Deref, DerefMut};

struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn shift(&mut self, d: i32) {
        self.x += d;
        self.y += d;
    }
    fn sum(&self) -> i32 {
        self.x + self.y
    }
}

struct Logged<T> {
    inner: T,
    writes: u32,
}

impl<T> Deref for Logged<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T> DerefMut for Logged<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.writes += 1;
        &mut self.inner
    }
}

struct Stack(Vec<i32>);

impl Deref for Stack {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.0
    }
}

impl DerefMut for Stack {
    fn deref_mut(&mut self) -> &mut Vec<i32> {
        &mut self.0
    }
}

fn bump(p: &mut Point) {
    p.x += 100;
}

fn main() {
    let mut p = Logged { inner: Point { x: 1, y: 2 }, writes: 0 };
    println!("{} {}", p.x, p.sum());
    p.x = 10;
    p.y += 5;
    p.shift(1);
    bump(&mut p);
    bump(&mut *p);
    bump(&mut p);
    bump(&mut *p);
    (*p).y = 0;
    println!("{} {} writes={}", p.x, p.y, p.writes);
    let mut s = Stack(vec![3, 1, 2]);
    s.push(7);
    s.sort();
    s[0] = 42;
    println!("{:?} {} {:?}", *s, s.len(), s.last());
    let r: &mut Vec<i32> = &mut s;
    r.pop();
    println!("{:?}", s.0);
}
