// A bare `[T]` as an impl's self type (`impl<T> Tr for [T]`: `&self` is the `&[T]` fat
// pointer), as a trait argument of an impl, and as an associated type binding (`type Target =
// [usize];` of a user Deref/DerefMut, whose `&mut **x` calls deref_mut).
use std::ops::{Deref, DerefMut};

trait Summary {
    type Item;
    fn total(&self) -> i64;
    fn first_item(&self) -> Option<&Self::Item>;
}
impl<T: Copy + Into<i64>> Summary for [T] {
    type Item = T;
    fn total(&self) -> i64 {
        let mut s = 0;
        for x in self.iter() {
            s += (*x).into();
        }
        s
    }
    fn first_item(&self) -> Option<&T> {
        self.first()
    }
}

trait Named<A> {
    fn name(&self, a: A) -> String;
}
impl Named<u8> for [u8] {
    fn name(&self, a: u8) -> String {
        format!("{} bytes + {}", self.len(), a)
    }
}
impl<'a, A, T: ?Sized + Named<A>> Named<A> for &'a T {
    fn name(&self, a: A) -> String {
        format!("ref: {}", (**self).name(a))
    }
}

trait Pair<X: ?Sized> {
    fn view(&self) -> &X;
}
impl<U> Pair<[U]> for Vec<U> {
    fn view(&self) -> &[U] {
        &self[1..]
    }
}

pub struct Arr {
    ptr: Box<[usize]>,
}
impl Deref for Arr {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        println!("deref");
        &*self.ptr
    }
}
impl DerefMut for Arr {
    fn deref_mut(&mut self) -> &mut [usize] {
        println!("deref_mut");
        &mut *self.ptr
    }
}

fn main() {
    let v: Vec<i32> = vec![3, 4, 5];
    println!("{}", v[..].total());
    println!("{:?}", v[1..].first_item());
    let a = [1u8, 2, 3];
    println!("{}", a[..].total());
    let bytes: &[u8] = &a;
    println!("{}", bytes.name(7));
    println!("{}", (&bytes).name(8));
    let w = vec!['a', 'b', 'c'];
    println!("{:?}", w.view());
    let mut arr = Arr { ptr: Box::new([1, 2, 3]) };
    println!("{}", arr.len());
    {
        let x: &mut [usize] = &mut *arr;
        x[0] = 10;
    }
    let y: &[usize] = &*arr;
    println!("{:?}", y);
}
