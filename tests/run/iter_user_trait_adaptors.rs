// A user-written iterator trait with adaptor structs, the shape std's Iterator has: default
// methods returning generic structs of Self, impls whose parameters only a closure's return
// type fixes (`impl<B, I, F: FnMut(I::Item) -> B> Seq for Map<I, F>`), closures typed from
// the bound, and calls of a closure stored in a field.
trait Seq {
    type Item;
    fn next(&mut self) -> Option<Self::Item>;
    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F>
    where
        Self: Sized,
    {
        Map { it: self, f }
    }
    fn filter<P: FnMut(&Self::Item) -> bool>(self, p: P) -> Filter<Self, P>
    where
        Self: Sized,
    {
        Filter { it: self, p }
    }
    fn fold<B, F: FnMut(B, Self::Item) -> B>(mut self, init: B, mut f: F) -> B
    where
        Self: Sized,
    {
        let mut acc = init;
        while let Some(x) = self.next() {
            acc = f(acc, x);
        }
        acc
    }
    fn count(self) -> usize
    where
        Self: Sized,
    {
        self.fold(0, |n, _| n + 1)
    }
}

struct Map<I, F> {
    it: I,
    f: F,
}

impl<B, I: Seq, F: FnMut(I::Item) -> B> Seq for Map<I, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        match self.it.next() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

struct Filter<I, P> {
    it: I,
    p: P,
}

impl<I: Seq, P: FnMut(&I::Item) -> bool> Seq for Filter<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.it.next() {
            if (self.p)(&x) {
                return Some(x);
            }
        }
        None
    }
}

struct Upto {
    n: u32,
    end: u32,
}

impl Seq for Upto {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < self.end {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

fn upto(end: u32) -> Upto {
    Upto { n: 0, end }
}

fn main() {
    let k = 3;
    let mut m = upto(10).map(|x| x * k).filter(|x| *x % 2 == 0);
    while let Some(v) = m.next() {
        print!("{} ", v);
    }
    println!();
    let total = upto(10).map(|x| x as u64 * 1000).fold(0u64, |a, b| a + b);
    println!("{} {}", total, upto(10).filter(|x| *x > 4).count());
    let words = upto(4).map(|i| format!("w{}", i)).fold(String::new(), |mut acc, w| {
        acc.push_str(&w);
        acc
    });
    println!("{}", words);
    let pairs = upto(3).map(|i| (i, i * i)).map(|(a, b)| a + b).fold(0, |a, b| a + b);
    println!("{}", pairs);
}
