// Operator overloading with std::ops: Add, Sub, Mul (scalar and vector), by value and by reference.
use std::ops::{Add, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: i32,
    y: i32,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for V2 {
    type Output = V2;
    fn sub(self, o: V2) -> V2 {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}

impl Mul<i32> for V2 {
    type Output = V2;
    fn mul(self, k: i32) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}

impl Mul for V2 {
    type Output = i32;
    fn mul(self, o: V2) -> i32 {
        self.x * o.x + self.y * o.y
    }
}

impl<'a> Add<&'a V2> for &'a V2 {
    type Output = V2;
    fn add(self, o: &V2) -> V2 {
        *self + *o
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Poly(Vec<i64>);

impl Add for Poly {
    type Output = Poly;
    fn add(self, o: Poly) -> Poly {
        let n = self.0.len().max(o.0.len());
        let mut r = vec![0; n];
        for i in 0..n {
            r[i] = self.0.get(i).copied().unwrap_or(0) + o.0.get(i).copied().unwrap_or(0);
        }
        Poly(r)
    }
}

fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = V2 { x: 10, y: -5 };
    println!("{:?}", a + b);
    println!("{:?}", a - b);
    println!("{:?}", a * 3);
    println!("{}", a * b);
    println!("{:?}", &a + &b);
    println!("{}", a + b == V2 { x: 11, y: -3 });
    let total = [a, b, a].iter().fold(V2 { x: 0, y: 0 }, |acc, v| acc + *v);
    println!("{:?}", total);
    println!("{:?}", Poly(vec![1, 2, 3]) + Poly(vec![10, 20]));
}
